import { describe, expect, it } from 'vitest';
import * as schema from './schema';
import { EventStatus, EventType } from './schema-enums';

describe('schema enums without zod', () => {
  it('match the zod enums', () => {
    expect([...EventType]).toEqual(schema.EventType.options);
    expect([...EventStatus]).toEqual(schema.EventStatus.options);
  });
});
