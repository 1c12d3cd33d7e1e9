/** "Omar bin Khalid Al Amin" → "omar-bin-khalid-al-amin"; "Ana Kovač" → "ana-kovac". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
