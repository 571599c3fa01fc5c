/**
 * A numeric exercise whose kind is built on the losses and optimizers (the island for chapters with no
 * language-model exercise: it does not load those kinds; its code: ./exercise-numeric.tsx).
 */
import { BASE_REGISTRY } from '../lib/exercises/registry-base';
import { numericExercise } from './exercise-numeric';

export default numericExercise(BASE_REGISTRY);
