import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isoWithOffset,
  localToUtc,
  offsetMinutes,
  utcToLocal,
  zoneAbbreviation,
} from '../../../tools/domain/time-zone.js';

describe('time zones', () => {
  it('reads offsets through daylight saving, on the change day too', () => {
    expect(offsetMinutes('Asia/Tokyo', Date.parse('2027-07-01T00:00Z'))).toBe(540);
    expect(offsetMinutes('America/New_York', Date.parse('2027-01-15T12:00Z'))).toBe(-300);
    expect(offsetMinutes('America/New_York', Date.parse('2027-07-15T12:00Z'))).toBe(-240);
    // London springs forward at 01:00 UTC on 28 March 2027.
    expect(offsetMinutes('Europe/London', Date.parse('2027-03-28T00:59Z'))).toBe(0);
    expect(offsetMinutes('Europe/London', Date.parse('2027-03-28T01:00Z'))).toBe(60);
    expect(offsetMinutes('Asia/Kolkata', Date.parse('2027-03-28T01:00Z'))).toBe(330);
  });

  it('turns local wall-clock times into instants and back', () => {
    expect(new Date(localToUtc('2027-03-28', 0 * 60 + 30, 'Europe/London')).toISOString()).toBe(
      '2027-03-28T00:30:00.000Z',
    );
    expect(new Date(localToUtc('2027-03-28', 6 * 60, 'Europe/London')).toISOString()).toBe(
      '2027-03-28T05:00:00.000Z',
    );
    expect(utcToLocal(Date.parse('2027-04-09T23:30Z'), 'Asia/Tokyo')).toEqual({
      date: '2027-04-10',
      minutes: 8 * 60 + 30,
      offset: 540,
    });
    expect(isoWithOffset('2027-04-09', 8 * 60 + 50, 60)).toBe('2027-04-09T08:50+01:00');
    expect(isoWithOffset('2027-01-15', 6 * 60, -330)).toBe('2027-01-15T06:00-05:30');
  });

  it('names zones the way travellers read them', () => {
    expect(zoneAbbreviation('Europe/London', Date.parse('2027-07-01T12:00Z'))).toBe('BST');
    expect(zoneAbbreviation('Europe/Paris', Date.parse('2027-01-01T12:00Z'))).toBe('CET');
    expect(zoneAbbreviation('America/Los_Angeles', Date.parse('2027-07-01T12:00Z'))).toBe('PDT');
    expect(zoneAbbreviation('Asia/Tokyo', Date.parse('2027-07-01T12:00Z'))).toBe('GMT+9');
    expect(daysBetween('2027-04-09', '2027-04-10')).toBe(1);
  });
});
