/**
 * Line patterns of page chrome, navigation and boilerplate that scrapers and
 * aggregators leave in article text. General web vocabulary only.
 */
import type { RemovalReason } from '../types';

/** whole-line navigation / interface text */
const CHROME_LINES: RegExp[] = [
  /^quantcast$/i,
  /^viewing (all|latest) (articles|posts|stories)$/i,
  /^browse (latest|all)\b[\w\s]*$/i,
  /^(trending|popular|latest|top|most read|most popular|more|related|recommended|featured|breaking)( (now|news|articles|stories|posts|videos|topics|reads|content|coverage|links))?:?$/i,
  /^(share|share this( article| story| page)?|share on \w+|tweet|email|e-mail|print|save|copy link|advertisement|advert|sponsored( content)?|ad|read more|read next|read the full (story|article)|continue reading|see also|see more|show more|load more|comments?|\d+ comments?|show comments|leave a comment|skip to (main )?content|menu|home|close|search|subscribe|log ?in|sign ?in|register|back to top|next article|previous article|watch|listen|play|video|audio|photos?|gallery|open in app|download the app|follow)\b[\s:.!»›>]*$/i,
  /you will (shortly |soon |now )?be re-?directed/i,
  /\bwe use cookies\b|\bcookie (policy|settings|preferences|consent)\b|\baccept (all )?cookies\b/i,
  /^(sign up|subscribe|register) (for|to|now|here|today)\b/i,
  /^(click|tap) here\b/i,
  /^follow (us|@|\w+ on (twitter|x|facebook|instagram|telegram))/i,
  /^(image|photo|picture|video|audio)( caption| credit| source)?\s*[:,]/i,
  /^listen to (this|the) (article|story)/i,
  /^\d+\s*(min|mins|minute|minutes) read$/i,
  /^(updated|published|posted|last updated|first published)\b.{0,60}$/i,
  /^(getty images|reuters|afp|ap|ap photo|epa|shutterstock)(\s*\/.*)?$/i,
  /^[Bb][Yy] [\p{Lu}][\p{L}'.-]+( [\p{Lu}][\p{L}'.-]+){0,3}( (and|&) [\p{Lu}][\p{L}'.-]+( [\p{Lu}][\p{L}'.-]+){0,3})?$/u,
  /^(this (article|story|content|video) (is|was) (not )?(available|unavailable|loading))/i,
  /^(javascript|please enable javascript)/i,
  /^[\s\-–—_=*•·|~#]+$/,
  /^(related|read more|read also|see also|more|watch|listen|recommended|also read|read)\s*:/i,
  /\((?:ap|afp|reuters|epa|getty)(?: images)? ?(?:photo|images?)?(?:\s*\/[^)]*)?\)\s*$/i,
  /^(photo|picture|image)s?\s*(?:credit)?\s*:/i,
  /^(getty images|reuters|afp|ap|epa)\s*(?:via getty images)?\s*$/i,
  /\s[|»›]\s.*\s[|»›]\s/,
];

/** credits, copyright and legal lines */
const BOILERPLATE_LINES: RegExp[] = [
  /\bcontributed (reporting |to )?(to )?this (story|report|article)\b/i,
  /^\(?(additional )?(reporting|writing|editing|research) by\b/i,
  /^this (story|article|report) (has been|was) (updated|corrected|amended)\b/i,
  /^(copyright|©|\(c\) ?\d{4})/i,
  /\ball rights reserved\b/i,
  /^(the )?views expressed (in this|here)/i,
  /^this (article|story) (was|is) (originally )?(published|first published|produced) (by|on|in)\b/i,
  /^(source|sources|via):\s/i,
];

export function matchChrome(line: string): RemovalReason | null {
  const t = line.trim();
  if (!t) return null;
  const words = t.split(/\s+/).length;
  if (words <= 40 && BOILERPLATE_LINES.some((re) => re.test(t))) return 'boilerplate';
  if (words <= 25 && CHROME_LINES.some((re) => re.test(t))) return 'chrome';
  return null;
}

/** a line written all in capitals ("CLICK HERE TO READ MORE FROM …"): calls to action and banners */
export function isAllCapsLine(line: string): boolean {
  // a lower-case ASCII letter changes when upper-cased: most lines end here, before the Unicode pass
  if (/[a-z]/.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase() && line.trim().split(/\s+/).length >= 2;
}

/** transcript noise in brackets: [Music], (APPLAUSE), [inaudible] */
export const NON_SPEECH = /[[(](music|applause|laughter|laughs|inaudible|crosstalk|silence|cheering|cheers|foreign|no audio|unintelligible|background noise|sound|bleep|beep)[^\])]{0,20}[\])]/gi;
