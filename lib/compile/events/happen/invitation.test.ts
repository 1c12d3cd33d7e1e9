import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('invitation-carrier', () => {
  it('the call that carried an invitation is the inviter’s and the invitee’s (the rule’s example)', () => {
    const t = trace(EN.invitationCarried.example + '.');
    const x = hitOf(t, 'call-the-call');
    expect(x.dropped).toBeNull();
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:invitation-carrier');
  });
  it('an invitation noun in the sentence before: "B is taking up an invitation from A"', () => {
    const t = trace('Boris Birch said on Wednesday he would go to the harvest fair, taking up an invitation from Anna Alder. That invitation had been passed on a day earlier during a phone call.');
    const x = t.find((y) => y.d.h.type === 'call' && y.sentence === 1)!;
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('no invitation told before, or a call not told as carrying one: nothing added', () => {
    const t = trace('Anna Alder met Boris Birch. The invitation was extended during a phone call.');
    expect(t.find((y) => y.d.h.type === 'call')!.rules).not.toContain('participants:invitation-carrier');
    const u = trace('Anna Alder has invited Boris Birch to the festival. Carla Cedar held a phone call with Dana Dogwood.');
    expect(u.find((y) => y.d.h.type === 'call')!.rules).not.toContain('participants:invitation-carrier');
  });
});
