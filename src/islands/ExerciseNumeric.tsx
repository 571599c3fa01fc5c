/** A numeric exercise of any kind (the island; its code: ./exercise-numeric.tsx). */
import { REGISTRY } from '../lib/exercises/registry';
import { numericExercise } from './exercise-numeric';

export { SEED_EVENT, type ExerciseNumericProps } from './exercise-numeric';
export default numericExercise(REGISTRY);
