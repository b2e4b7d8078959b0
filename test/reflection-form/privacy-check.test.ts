import { expect } from '@open-wc/testing';
import {
  findPersonalData,
  isBsn,
  personalDataKinds,
} from '../../packages/reflection-form/src/privacy-check.js';

const kinds = (text: string) => findPersonalData(text).map((m) => `${m.kind}:${m.text}`);

describe('privacy check', () => {
  it('applies the eleven-test to nine digits (BSN)', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 × 11
    expect(isBsn('111222333')).to.be.true;
    expect(isBsn('123456782')).to.be.true;
    expect(isBsn('123.456.782')).to.be.true;
    expect(isBsn('123 456 782')).to.be.true;
    expect(isBsn('111222334'), 'one digit off').to.be.false;
    expect(isBsn('123456789')).to.be.false;
    expect(isBsn('000000000'), 'all zeros sum to 0').to.be.false;
    expect(isBsn('12345678')).to.be.false;
    expect(isBsn('1234567820')).to.be.false;
    expect(isBsn('12345678a')).to.be.false;
  });

  it('finds a BSN only when it passes the eleven-test, written together or grouped', () => {
    expect(kinds('Cliënt met bsn 111222333 belde')).to.deep.equal(['bsn:111222333']);
    expect(kinds('bsn 1234.56.782')).to.deep.equal(['bsn:1234.56.782']);
    expect(kinds('bsn 123 456 782')).to.deep.equal(['bsn:123 456 782']);
    expect(kinds('dossier 111222334')).to.deep.equal([]);
    expect(kinds('bedrag 1.234.567,00 euro')).to.deep.equal([]);
    expect(kinds('nummer 1112223330')).to.deep.equal([], 'ten digits are no BSN');
  });

  it('finds e-mail addresses', () => {
    expect(kinds('Mail naar j.de.vries@gemeente-dordrecht.nl graag')).to.deep.equal([
      'email:j.de.vries@gemeente-dordrecht.nl',
    ]);
    expect(kinds('zoë.bakker+wijk@voorbeeld.nl')).to.deep.equal([
      'email:zoë.bakker+wijk@voorbeeld.nl',
    ]);
    expect(kinds('een @-teken op zich, of naam@host')).to.deep.equal([]);
  });

  it('finds Dutch phone numbers in the usual ways of writing them', () => {
    for (const phone of [
      '06-12345678',
      '06 1234 5678',
      '0612345678',
      '+31 6 12345678',
      '+316 12345678',
      '+31(0)6-12345678',
      '0031 78 1234567',
      '078 123 45 67',
      '078-6123456',
      '(078) 6123456',
      '(0180) 123456',
    ]) {
      expect(kinds(`Bel ${phone} even.`), phone).to.deep.equal([`phone:${phone}`]);
    }
  });

  it('does not take dates, years and amounts for phone numbers', () => {
    expect(kinds('Op 01-02-2023 kwam zij langs.')).to.deep.equal([]);
    expect(kinds('In 2023 heb ik 3 keer gebeld.')).to.deep.equal([]);
    expect(kinds('Ordernummer 1234567890')).to.deep.equal([]);
  });

  it('finds a postcode with a house number, in either order', () => {
    expect(kinds('woont op 3311 AB 12')).to.deep.equal(['postcode:3311 AB 12']);
    expect(kinds('adres 3311AB 12a')).to.deep.equal(['postcode:3311AB 12a']);
    expect(kinds('adres 3311ab, nr. 4')).to.deep.equal(['postcode:3311ab, nr. 4']);
    expect(kinds('Voorstraat 12, 3311 AB Dordrecht')).to.deep.equal(['postcode:12, 3311 AB']);
    expect(kinds('postcodegebied 3311 AB')).to.deep.equal([], 'a postcode alone is an area');
    expect(kinds('in 2020 en 3 keer')).to.deep.equal([], '"en" is a word, not postcode letters');
  });

  it('lists the kinds found once each, in a fixed order', () => {
    expect(
      personalDataKinds('3311 AB 12; 06-12345678; a@b.nl; 06-87654321; bsn 111222333'),
    ).to.deep.equal(['email', 'phone', 'bsn', 'postcode']);
    expect(personalDataKinds('Een gewone tekst over een gesprek met een bewoner.')).to.deep.equal(
      [],
    );
  });
});
