/** A problem with what the user gave us: reported as one line on stderr, exit status 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export const EXIT_OK = 0;
/** Something in the tool itself went wrong (a bug): reported in one line, status 1. */
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
