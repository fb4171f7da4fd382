import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createRedactor } from '../../../src/index.js';
import { isHl7DateTime } from '../../../patterns/hl7v2.js';

// Synthetic messages in the shape of the HL7 v2.5.1 ADT and ORU examples; no real person.
const adt = [
  'MSH|^~\\&|REGADT|GENHOSP|FHIRGW|IFACE|20240608151243||ADT^A04^ADT_A01|MSG956712|P|2.5.1',
  'EVN|A04|20240608151243',
  'PID|1||CANARY4821^^^GENHOSP^MR~999-88-8619^^^SSA^SS||Zyborski^Quentala^^^Mr.||19940201|M|||586 Canary Ranch Unit 68^^Fall River^MA^02720^US^H||555-929-9025^PRN^PH||||||999-88-8619|S99955854^MA',
  'NK1|1|Zyborski^Mirela|MTH^Mother^HL70063|12 Elm Way^^Salem^MA^01970|(617)555-0142',
  ['PV1', '1', 'O', 'MED^201^A', ...Array<string>(15).fill(''), 'VN77120', ...Array<string>(24).fill(''), '201212182228', '201212182258'].join('|'),
  'OBX|1|TX|8302-2^Body Height^LN||Spoke with Quentala Zyborski, SSN 123-45-6789||||||F',
  'NTE|1||Call back at 555-866-2259 re results',
].join('\r');

const redactor = createRedactor({ onFailure: () => {} });
const redact = (s: string): string => redactor.redactString(s);
const fieldsOf = (msg: string, sep = /\r\n|\r|\n/): string[][] => msg.split(sep).map((s) => s.split('|'));

describe('hl7v2', () => {
  it('masks PID names, ids, birth date, address, phone, SSN and licence by position', () => {
    const out = redact(adt);
    for (const phi of ['Zyborski', 'Quentala', 'CANARY4821', '999-88-8619', '19940201', '586 Canary Ranch', 'Fall River', '02720', '555-929-9025', 'S99955854', 'Mirela', '12 Elm Way', 'Salem', '(617)555-0142', 'VN77120', '201212182228']) {
      expect(out).not.toContain(phi);
    }
    const pid = fieldsOf(out).find((f) => f[0] === 'PID')!;
    expect(pid[3]).toBe('[REDACTED:MRN]^^^GENHOSP^MR~[REDACTED:SSN]^^^SSA^SS');
    expect(pid[5]).toBe('[REDACTED:NAME]^[REDACTED:NAME]^^^Mr.');
    expect(pid[7]).toBe('[REDACTED:DATE]');
    expect(pid[11]).toBe('[REDACTED:ADDRESS]^^[REDACTED:ADDRESS]^MA^[REDACTED:ZIP]^US^H');
    expect(pid[13]).toBe('[REDACTED:PHONE]^PRN^PH');
    expect(pid[20]).toBe('[REDACTED:LICENSE]^MA');
  });

  it('keeps segment ids, message type, codes and separators', () => {
    const out = redact(adt);
    for (const safe of ['MSH|^~\\&|REGADT|GENHOSP', 'ADT^A04^ADT_A01', 'MSG956712', '2.5.1', 'MED^201^A', '8302-2^Body Height^LN', 'MTH^Mother^HL70063']) {
      expect(out).toContain(safe);
    }
    const before = fieldsOf(adt);
    const after = fieldsOf(out);
    expect(after.length).toBe(before.length);
    after.forEach((f, i) => {
      expect(f.length).toBe(before[i]!.length);
      expect(f[0]).toBe(before[i]![0]);
    });
  });

  it('scans free text in OBX-5 and NTE-3 with every detector', () => {
    const out = redact(adt);
    expect(out).not.toContain('123-45-6789');
    expect(out).not.toContain('555-866-2259');
    expect(out).toContain('Call back at');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['rendered \\r', '\\r'],
    ['rendered <CR>', '<CR>'],
  ])('splits %s separated messages', (_name, br) => {
    const msg = adt.split('\r').join(br);
    const out = redact(msg);
    expect(out).not.toContain('Zyborski');
    expect(out).not.toContain('19940201');
    expect(out.split(br).length).toBe(msg.split(br).length);
  });

  it('keeps MLLP framing bytes and masks inside the frame', () => {
    const framed = `\u000b${adt}\u001c\r`;
    const out = redact(framed);
    expect(out.startsWith('\u000bMSH|')).toBe(true);
    expect(out.endsWith('\u001c\r')).toBe(true);
    expect(out).not.toContain('Quentala');
  });

  it('finds a message embedded in a longer log line and inside an object field', () => {
    const line = `2024-06-08T15:12:43Z INFO inbound ${adt.replace(/\r/g, '\\r')}`;
    expect(redact(line)).not.toContain('Zyborski');
    const out = redactor.redact({ level: 30, msg: 'HL7 message received', hl7: adt }) as { hl7: string; msg: string };
    expect(out.msg).toBe('HL7 message received');
    expect(out.hl7).not.toContain('CANARY4821');
    expect(out.hl7).toContain('ADT^A04^ADT_A01');
  });

  it('reads separators from MSH-1 and MSH-2', () => {
    const msg = 'MSH|*~\\&|APP|FAC|||20240101||ADT*A01|1|P|2.5\rPID|1||X99812*****MR||Olvarez*Tindra||19800202';
    const out = redact(msg);
    expect(out).not.toContain('Olvarez');
    expect(out).not.toContain('X99812');
    expect(out).toContain('ADT*A01');
    expect(out).toContain('*****MR');
  });

  it('masks CX.1 by its identifier type and keeps the assigning authority', () => {
    const out = redact('MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\rPID|1||PT0192^^^HOSP&1.2.3&ISO^PI~D1234567^^^MA^DL');
    expect(out).toContain('[REDACTED:MRN]^^^HOSP&1.2.3&ISO^PI~[REDACTED:LICENSE]^^^MA^DL');
  });

  it('masks patient segments logged without MSH', () => {
    const out = redact('bad segment PID|1||77120993^^^H^MR||Brannigan^Ulla||19700514|F');
    expect(out).not.toContain('77120993');
    expect(out).not.toContain('Brannigan');
    expect(out).not.toContain('19700514');
    expect(out).toContain('bad segment PID|');
  });

  it('masks dates in fields it has no table entry for, and keeps codes that are not dates', () => {
    const out = redact('MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|P|2.5\rPRB|AD|200603150625|aortic stenosis|53692\rZXY|1|20210607052900+0000|455371000124106');
    expect(out).not.toContain('200603150625');
    expect(out).not.toContain('20210607052900');
    expect(out).toContain('aortic stenosis');
    expect(out).toContain('455371000124106');
  });

  it('leaves strings without a message alone', () => {
    for (const s of ['a|b|c', 'PIDX|1|2', 'status OK | 200 | 12ms', 'MSH without a pipe']) expect(redact(s)).toBe(s);
  });

  it('finishes a 1 MB message of empty fields quickly', () => {
    const big = createRedactor({ maxStringLength: 4_000_000, maxTotalLength: 8_000_000, onFailure: () => {} });
    const msg = 'MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\rPID' + '|'.repeat(1_000_000) + '\r' + 'OBX|^~&'.repeat(100_000);
    const t = performance.now();
    const out = big.redactString(msg);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(out.split('\r').length).toBe(3);
    expect(out.split('|').length).toBe(msg.split('|').length);
  });

  test.prop([
    fc.stringMatching(/^[A-Z][a-z]{3,10}$/),
    fc.stringMatching(/^[A-Z][a-z]{3,10}$/),
    fc.stringMatching(/^[A-Z]{2}[0-9]{6,9}$/),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
  ])('never lets a generated PID name, MRN or birth date through', (family, given, id, dob) => {
    const ymd = dob.toISOString().slice(0, 10).replace(/-/g, '');
    const msg = `MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\rPID|1||${id}^^^H^MR||${family}^${given}||${ymd}|F`;
    const out = redact(msg);
    for (const v of [family, given, id, ymd]) expect(out).not.toContain(v);
  });
});

describe('isHl7DateTime', () => {
  it('accepts HL7 dates and date-times', () => {
    for (const v of ['19630306', '2021060705', '202106070529', '20210607052900', '20210607052900+0000', '20210623161533.2340-0400']) expect(isHl7DateTime(v)).toBe(true);
  });
  it('rejects codes, invalid days and other lengths', () => {
    for (const v of ['455371000124106', '260385009', '20210230', '17990101', '2021060', '94558-4', '2.5.1', '20210607052900+00']) expect(isHl7DateTime(v)).toBe(false);
  });
});

describe('hl7v2 with the field separator MSH-1 declares', () => {
  it('reads a message whose field separator is not |', () => {
    const msg = 'MSH#^~\\&#SEND#FAC#RCV#FAC#20240303101530##ADT^A01#123#P#2.5\rPID#1##00482139^^^MRN##ROE^JANE^Q##19840307#F###42 ELM ST^^SPRINGFIELD^IL^62704';
    const out = createRedactor().redactString(msg);
    for (const secret of ['00482139', 'ROE', 'JANE', '19840307', '42 ELM ST', 'SPRINGFIELD', '62704']) expect(out).not.toContain(secret);
    expect(out.split('\r')[1]!.split('#')).toHaveLength(msg.split('\r')[1]!.split('#').length);
  });
});
