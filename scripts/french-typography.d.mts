/** What is wrong in one French text (placeholders already taken out), or nothing. */
export function frenchTypographyFaults(text: string): string[];
