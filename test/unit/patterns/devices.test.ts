import { fc } from '@fast-check/vitest';
import { imei } from '../../../patterns/imei.js';
import { udi, udiHibcc } from '../../../patterns/udi.js';
import { vin } from '../../../patterns/vin.js';
import { detectorSuite, digits, mb, withLuhn } from './detector-suite.js';

detectorSuite('vin, udi and imei', {
  detectors: [vin, udi, udiHibcc, imei],
  masks: [
    ['VIN 1M8GDM9AXKP042788', '1M8GDM9AXKP042788'],
    ['vehicle: 1HGCM82633A004352', '1HGCM82633A004352'],
    ['implant udi (01)51022222233336(11)141231(17)150707(10)A213B1(21)1234', '(01)51022222233336(11)141231(17)150707(10)A213B1(21)1234'],
    ['UDI +A123BJC5D6E71', '+A123BJC5D6E71'],
    ['IMEI 35-209900-176148-1', '35-209900-176148-1'],
    ['imei=490154203237518', '490154203237518'],
  ],
  keeps: [
    '1M8GDM9AXKP042788',
    'VIN 1M8GDM9AXKP042789',
    '01HQ3Z5K8M9N2P4R6S7T8V9W0X',
    'AKIAIOSFODNN7EXAMPLE',
    '(01)51022222233337',
    'imei 490154203237519',
    '4bf92f3577b34da6a3ce929d0e0e4736',
  ],
  valid: digits(14).map((body) => {
    const value = withLuhn(body);
    return { text: `IMEI ${value}`, secret: value };
  }),
  adversarial: [mb('1M8GDM9AXKP04278'), mb('(01)'), mb('(01)51022222233336(10)'), mb('imei 3'), mb('+A123')],
});
