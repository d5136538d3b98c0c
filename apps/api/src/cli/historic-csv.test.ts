import { describe, expect, it } from 'vitest';
import { csvLineOf, HistoricCsvError, historicImportFromCsv } from './historic-csv.ts';

const CSV = `\uFEFFcode,procedureCode,agencyCode,channel,applicantName,applicantPhone,action,at,performer,performerKind,note,items,rating,ratedAt
000.00.12.H59-210301-0001,1.001612.H59,000.00.12.H59,direct,"Nguyễn Văn An",0912345678,receive,2021-03-01T08:00:00+07:00,Lê Thị Một Cửa,,,,,
000.00.12.H59-210301-0001,,,,,,forward,2021-03-01T08:30:00+07:00,Lê Thị Một Cửa,,,,,
000.00.12.H59-210301-0002,1.001612.H59,,online,"Trần Thị Bích, Trà Vinh",,submit,2021-03-01T09:00:00+07:00,Trần Thị Bích,applicant,,,,
000.00.12.H59-210301-0001,,,,,,request_supplement,2021-03-02T09:00:00+07:00,Trần Văn Chuyên,,"Bổ sung giấy tờ","Bản sao giấy phép; Tờ khai",,
000.00.12.H59-210301-0001,,,,,,,,,,,,5,2021-03-10T08:00:00+07:00
`;

describe('historic import from CSV (one line per event)', () => {
  it('groups the lines of a dossier, keeps its columns from its first line and each event in order', () => {
    const { body, lines } = historicImportFromCsv(CSV);
    expect(body.dossiers).toHaveLength(2);
    expect(body.dossiers[0]).toEqual({
      code: '000.00.12.H59-210301-0001',
      procedureCode: '1.001612.H59',
      agencyCode: '000.00.12.H59',
      channel: 'direct',
      applicant: { name: 'Nguyễn Văn An', phone: '0912345678' },
      events: [
        { action: 'receive', at: '2021-03-01T08:00:00+07:00', performer: { name: 'Lê Thị Một Cửa' } },
        { action: 'forward', at: '2021-03-01T08:30:00+07:00', performer: { name: 'Lê Thị Một Cửa' } },
        {
          action: 'request_supplement',
          at: '2021-03-02T09:00:00+07:00',
          performer: { name: 'Trần Văn Chuyên' },
          note: 'Bổ sung giấy tờ',
          items: ['Bản sao giấy phép', 'Tờ khai'],
        },
      ],
      rating: { value: 5, at: '2021-03-10T08:00:00+07:00' },
    });
    expect(body.dossiers[1]).toMatchObject({
      channel: 'online',
      applicant: { name: 'Trần Thị Bích, Trà Vinh' },
      events: [{ action: 'submit', performer: { name: 'Trần Thị Bích', kind: 'applicant' } }],
    });
    // Errors point at the file's lines (the header is line 1).
    expect(lines[0]).toEqual({ dossier: 2, events: [2, 3, 5] });
    expect(csvLineOf({ body, lines }, '/body/dossiers/0/events/2/note')).toBe(5);
    expect(csvLineOf({ body, lines }, '/body/dossiers/1/code')).toBe(4);
  });

  it('refuses an unknown column or an unreadable file with a bilingual message', () => {
    expect(() => historicImportFromCsv('code,dueAt\nX,2021-01-01\n')).toThrow(HistoricCsvError);
    expect(() => historicImportFromCsv('code,dueAt\nX,2021-01-01\n')).toThrow(/Unknown columns: dueAt/);
    expect(() => historicImportFromCsv('code,action\n"X,receive\n')).toThrow(/CSV file cannot be read/);
  });
});
