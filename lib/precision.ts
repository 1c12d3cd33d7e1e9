/** The precision a partial date shows in its format: YYYY-MM-DD day, YYYY-MM month, YYYY year. (No zod: the browser uses it.) */
export function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}
