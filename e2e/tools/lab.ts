/**
 * The training lab (chapter 5) as e2e tests reach it: e2e/training.spec.ts and
 * e2e/digits.spec.ts share these.
 */
import { expect, type Page, type Locator } from '@playwright/test';

export const lab = (page: Page): Locator => page.locator('figure#example-training');

/** One of the lab's outputs (`<output data-result="…">`). */
export const output = (page: Page, name: string): Locator => lab(page).locator(`output[data-result="${name}"]`);

/** Opens the page, scrolls to the lab and waits for its island. */
export async function open(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const figure = lab(page);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'true');
  return figure;
}

/** Presses the button named `name` (Train) and waits for the run to finish. */
export async function trainToEnd(page: Page, name: string, timeout = 60_000): Promise<void> {
  await lab(page).getByRole('button', { name, exact: true }).click();
  await expect(output(page, 'status')).toHaveAttribute('data-value', 'done', { timeout });
}

/** The tensor count is back at its baseline. */
export async function expectNoLeak(page: Page): Promise<void> {
  const tensors = output(page, 'tensors');
  const baseline = await tensors.getAttribute('data-baseline');
  expect(baseline).not.toBeNull();
  await expect(tensors).toHaveAttribute('data-value', baseline!);
}
