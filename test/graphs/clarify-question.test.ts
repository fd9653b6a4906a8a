import { describe, expect, it } from 'vitest';
import { questionFor } from '../../graphs/nodes/clarify.node.js';

describe('the clarifying question', () => {
  it('asks a round trip how many days it lasts', () => {
    expect(questionFor(['days'])).toBe('Please tell me how many days it lasts.');
  });

  it('asks a one-way trip for the nights spent where it ends, since no way home bounds it', () => {
    const question = questionFor(['days', 'origin'], [], ['The trip length was not found.'], 'one-way');
    expect(question).toBe(
      'Please tell me how many nights you will stay where this one-way trip ends, and where you are starting from. The trip length was not found.',
    );
  });
});
