import { describe, expect, it } from 'vitest';
import { FIXTURE_INDEX as FIXTURE } from './adapters/fixtures';
import { checkDataset } from './use-dataset';

describe('checkDataset', () => {
  it('accepts a dataset', () => {
    expect(checkDataset(FIXTURE)).toBeNull();
  });
  it('explains what is wrong', () => {
    expect(checkDataset(null)).toMatch(/not a JSON object/);
    expect(checkDataset({ ...FIXTURE, schemaVersion: 2 })).toMatch(/schemaVersion 2/);
    expect(checkDataset({ ...FIXTURE, events: undefined })).toMatch(/events/);
  });
});
