import type { BackendChoice, ConcreteBackend } from './settings';

/** What the worker found out about the browser before choosing a backend. */
export interface BackendProbe {
  /** WebGL renderer string (unmasked when the browser allows), or null without WebGL. */
  webglRenderer: string | null;
  /** `navigator.gpu` exists. */
  webgpu: boolean;
  /** WebAssembly exists. */
  wasm: boolean;
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/** A software rasteriser (SwiftShader, llvmpipe, …): WebGL there is several times slower than WASM. */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE_RENDERER.test(renderer);
}

/**
 * The backends to try, best first. `auto` prefers WASM (SIMD) unless the
 * browser has a hardware WebGL renderer; for this small network (batch 32)
 * WebGL's per-operation overhead only pays off on a real GPU. WebGPU is never
 * chosen automatically (this build does not bundle it). An explicit choice
 * comes first, followed by the automatic order as fallbacks; the CPU backend
 * (plain JavaScript) always comes last.
 */
export function backendOrder(choice: BackendChoice, probe: BackendProbe): ConcreteBackend[] {
  if (choice === 'cpu') return ['cpu'];
  const hardwareGl = probe.webglRenderer !== null && !isSoftwareRenderer(probe.webglRenderer);
  const auto: ConcreteBackend[] = hardwareGl ? ['webgl', 'wasm'] : ['wasm', 'webgl'];
  const order: ConcreteBackend[] = choice === 'auto' ? auto : [choice, ...auto.filter((b) => b !== choice)];
  const usable = order.filter((b) => {
    if (b === 'wasm') return probe.wasm;
    if (b === 'webgl') return probe.webglRenderer !== null || b === choice;
    return true;
  });
  return [...usable.filter((b) => b !== 'cpu'), 'cpu'];
}

/**
 * What a worker can run on: the WebGL renderer (read from a 1 × 1 OffscreenCanvas, its context lost
 * at once), WebAssembly, and WebGPU as the caller reports it. Shared by the training lab's and the
 * tiny language model's workers; call it in a worker or a page, never at import.
 */
export function probeBackends({ webgpu }: { webgpu: boolean }): BackendProbe {
  let webglRenderer: string | null = null;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      webglRenderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    webglRenderer = null;
  }
  return { webglRenderer, webgpu, wasm: typeof WebAssembly === 'object' };
}
