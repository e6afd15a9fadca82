import { describe, expect, it } from "vitest";
import { csvDocument, csvField, parseCsv, utf8Bom } from "../csv";

describe("CSV (RFC 4180)", () => {
  it("quotes only fields with a comma, a quote or a line break, and doubles the quotes", () => {
    expect(csvField("Jamf Pro")).toBe("Jamf Pro");
    expect(csvField("Contoso, Ltd.")).toBe('"Contoso, Ltd."');
    expect(csvField('The "best" MDM')).toBe('"The ""best"" MDM"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(42)).toBe("42");
  });

  it("keeps a spreadsheet from running a partner's name as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://evil\",\"x\")")).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("2026-11-20T12:00:00Z")).toBe("2026-11-20T12:00:00Z");
  });

  it("writes UTF-8 with a byte-order mark and CRLF after every record", () => {
    const text = csvDocument(["Name", "Health"], [["Müller MDM", "Healthy"], ["日本", "Warning"]]);
    expect(text.startsWith(utf8Bom)).toBe(true);
    expect(text).toBe(`${utf8Bom}Name,Health\r\nMüller MDM,Healthy\r\n日本,Warning\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("reads back what it writes, whatever the fields hold", () => {
    const rows = [["a,b", 'say "hi"', "line\r\nbreak", ""], ["plain", "=1+1", "ü", "x"]];
    expect(parseCsv(csvDocument(["1", "2", "3", "4"], rows))).toEqual([["1", "2", "3", "4"], ["a,b", 'say "hi"', "line\r\nbreak", ""], ["plain", "'=1+1", "ü", "x"]]);
  });
});
