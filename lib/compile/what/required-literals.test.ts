/**
 * The trigger prefilter (required-literals.ts): sound on hand-made patterns, on every trigger rule over every real line
 * and seeded random strings, and findTriggers with it = findTriggers without it (the loop of before), hit for hit.
 */
import { describe, expect, it } from 'vitest';
import { mayMatch, prefilterOfRules, requiredLiterals } from './required-literals';
import { findTriggers, scanTriggers, TRIGGER_RULES, type TriggerHit } from './triggers';
import { randomTexts, realLines } from '../text/fuzz-texts';

/** findTriggers as it was: every rule's regex run on every sentence */
const findTriggersPlain = (sentence: string): TriggerHit[] => scanTriggers(sentence, () => true);

const show = (hs: TriggerHit[]) => hs.map((h) => `${h.rule.id}@${h.start}-${h.end}`).join(' ');

/** pieces for random sentences: every rule example's words, the literals' neighbours, odd characters */
const PIECES = [
  ...new Set(TRIGGER_RULES.flatMap((r) => r.example.toLowerCase().split(/\s+/))),
  ' ', ' ', '  ', ', ', '. ', '’s ', "'s ", 'the ', 'his ', 'on ', 'upon ', 'to ', 'with ', 'by ', 'phone', 'tele', 'call', 'ed', 's ', '-', '“', 'é', 'É', 'İ', '\u00a0', 'K', 'Said', 'Met',
];
const texts = [...realLines(process.cwd()), ...TRIGGER_RULES.map((r) => r.example), ...randomTexts(4000, 40, PIECES, 11), ...randomTexts(1000, 60)];

describe('requiredLiterals', () => {
  it('reads literals, alternatives, optional parts and lookarounds', () => {
    expect(requiredLiterals(/\bsat\s+down\s+with\b/g)).toEqual(['down']);
    expect(requiredLiterals(/\b(?:met|meets|meet)\b(?!\s+press)/g)).toEqual(['met', 'meet']);
    expect(requiredLiterals(/\bcalls?\s+with/g)).toEqual(['with']);
    expect(requiredLiterals(/(?<=\b(?:upon|on)\s)arrival\b/g)).toEqual(['arrival']);
    expect(requiredLiterals(/a(?=bcd)/g)).toEqual(['bcd']);
    expect(requiredLiterals(/communiqu[eé]/g)).toEqual(['communique', 'communiqué']);
    expect(requiredLiterals(/(?:tele)?phone/g)).toEqual(['phone']);
    expect(requiredLiterals(/x(?:ab|cd)+y/g)).toEqual(['ab', 'cd']);
  });
  it('knows nothing rather than something wrong', () => {
    expect(requiredLiterals(/\w+/g)).toBeNull();
    expect(requiredLiterals(/a|\s/g)).toBeNull();
    expect(requiredLiterals(/(?:abc)?/g)).toBeNull();
    expect(requiredLiterals(/abc/gi)).toBeNull();
    expect(requiredLiterals(/(a)\1/g)).toBeNull();
    expect(requiredLiterals(/[^abc]d*/g)).toBeNull();
    expect(requiredLiterals(/\u0041bc/g)).toBeNull();
    expect(requiredLiterals(/a{0,3}b?/g)).toBeNull();
  });
  it('every match of hand-made patterns over random strings holds one of its literals', () => {
    const pats = [/a(?:b|c)+d?e/g, /(?:ab)*c|d(?=ef)/g, /(?<!x)[a-c]{2}b/g, /[ab]c\bd/g, /x{2,}y/g, /(?:a|b)(?:c|d)(?:e|f)/g, /\b(?:ab|a)c(?!d)/g];
    const strs = randomTexts(3000, 12, ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y', ' '], 3);
    for (const re of pats) {
      const lits = requiredLiterals(re);
      expect(lits, String(re)).not.toBeNull();
      for (const s of strs) {
        re.lastIndex = 0;
        if (re.test(s)) expect(lits!.some((l) => s.includes(l)), `${re} on "${s}"`).toBe(true);
      }
    }
  });
});

describe('findTriggers with the required-literal prefilter', () => {
  it('nearly every trigger rule gets literals (the others run as before)', () => {
    const without = TRIGGER_RULES.filter((r) => !requiredLiterals(r.re)).map((r) => r.id);
    expect(without.length, without.join(', ')).toBeLessThanOrEqual(3);
  });
  it('a rule skipped by its literals never matches: every rule over every real line and random sentence', () => {
    let skipped = 0;
    let pairSkipped = 0;
    const wrong: string[] = [];
    const pf = prefilterOfRules(TRIGGER_RULES);
    for (const t of texts) {
      const lower = t.toLowerCase();
      pf.scan(lower);
      TRIGGER_RULES.forEach((rule, r) => {
        const byLiterals = mayMatch(rule.re, lower);
        const byPairs = pf.mayMatchRule(r);
        // the pairs' table lets through whatever the literals let through
        if (byLiterals && !byPairs) wrong.push(`pairs skip ${rule.id} on "${t}"`);
        if (!byLiterals) skipped++;
        if (byPairs) return;
        pairSkipped++;
        rule.re.lastIndex = 0;
        if (rule.re.test(lower)) wrong.push(`${rule.id} on "${t}"`);
      });
    }
    // the pairs' table skips nearly every rule the literals would
    expect(pairSkipped).toBeGreaterThan(skipped * 0.8);
    rule0Reset();
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(texts.length * 10);
  }, 300_000);
  it('the same hits as the plain loop, hit for hit', () => {
    let hits = 0;
    for (const t of texts) {
      const a = show(findTriggers(t));
      const b = show(findTriggersPlain(t));
      if (a !== b) expect(a, t).toBe(b);
      hits += a.length;
    }
    expect(hits).toBeGreaterThan(1000);
  }, 300_000);
});

function rule0Reset() {
  for (const r of TRIGGER_RULES) r.re.lastIndex = 0;
}
