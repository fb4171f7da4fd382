import { fc } from '@fast-check/vitest';
import { accountNumber, certificateNumber, driversLicense, memberId, passportNumber } from '../../../patterns/labelled-id.js';
import { passportMrz } from '../../../patterns/passport-mrz.js';
import { detectorSuite, mb } from './detector-suite.js';

const id = fc.stringMatching(/^[A-Z]{0,2}\d{5,10}$/);
const label = fc.constantFrom('member id', 'Subscriber #', 'policy number', 'patient account', 'acct #', 'DL#', "driver's license", 'passport no', 'birth certificate no');

detectorSuite('labelled ids and passport MRZ', {
  detectors: [memberId, accountNumber, driversLicense, passportNumber, certificateNumber, passportMrz],
  masks: [
    ['member id: XJBH12345678', 'XJBH12345678'],
    ['Subscriber # 88812345-01', '88812345-01'],
    ['policy number POL778812', 'POL778812'],
    ['patient account 44556677', '44556677'],
    ['bank account: 000123456789', '000123456789'],
    ['checking 9876543210', '9876543210'],
    ["my driver's license number is 2270-66-1551", '2270-66-1551'],
    ['DL# S99955854', 'S99955854'],
    ['lic # D1234567', 'D1234567'],
    ['my travel passport is A12803456', 'A12803456'],
    ['passport no: X46531854X', 'X46531854X'],
    ['death certificate no 2024-001234', '2024-001234'],
    ['L898902C36UTO7408122F1204159ZE184226B<<<<<10', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
  ],
  keeps: [
    'aws account 123456789012',
    'arn:aws:iam::123456789012:role/x',
    'service account # 1234567 rotated',
    'group # 12345 plan id 99',
    'ABCDEFG ABCDEFGH ABCDEFGHI',
    'certificate expires in 30 days, serial 0x12ab',
    'order_id=ORD-2024-000123',
    'L898902C37UTO7408122F1204159ZE184226B<<<<<10',
  ],
  valid: fc.tuple(label, id).map(([l, value]) => ({ text: `${l}: ${value}`, secret: value })),
  adversarial: [mb('member id '), mb('acct # 1'), mb('DL#'), mb('P<UTO'), mb('<<<<<<<<<<1')],
});
