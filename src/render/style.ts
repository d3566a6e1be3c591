// Colours that respect --no-color, NO_COLOR and non-terminal output.
import { Chalk, type ChalkInstance } from 'chalk';

export function style(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 2 : 0 });
}
