using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin.Reference;

/// <summary>
/// Imports occupations from a CSV file with the columns code,title,teer,noc2016_code,noc2016_skill_level (the format of
/// db/reference/occupations.csv) or code,title_en,title_fr,teer (the format of db/reference/noc2021-unit-groups.csv, built
/// from Statistics Canada's NOC 2021 V1.0 files); a title_fr column may accompany either. All or nothing: one bad line and
/// nothing is imported, every problem is listed.
/// </summary>
public static class OccupationImport
{
    public sealed record Result(int Added, int Updated, IReadOnlyList<string> Problems);

    public static async Task<Result> ImportAsync(PortalDbContext db, Stream csvFile, CancellationToken ct)
    {
        var rows = new List<(long Line, string Code, string Title, string? TitleFr, int Teer, string? Noc2016, string? Level)>();
        var problems = new List<string>();
        try
        {
            using var csv = CsvReader.Create(csvFile, new CsvReaderOptions { TrimWhitespace = true, SkipEmptyLines = true }, leaveOpen: true);
            var line = 1L;
            while (csv.Read())
            {
                line++;
                var code = csv.GetString("code");
                string? Optional(string name) => csv.TryGetFieldIndex(name, out var index) ? csv.GetStringOrNull(index) : null;
                var title = Optional("title") ?? csv.GetString("title_en");
                var titleFr = Optional("title_fr");
                var teerText = csv.GetString("teer");
                var noc2016 = Optional("noc2016_code");
                var level = Optional("noc2016_skill_level");
                if (!Occupation.IsValidCode(code)) { problems.Add($"line {line}: '{code}' is not a five-digit NOC 2021 code"); continue; }
                if (!int.TryParse(teerText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var teer) || teer > 5)
                { problems.Add($"line {line}: TEER '{teerText}' is not 0 to 5"); continue; }
                if (Occupation.TeerOfCode(code) != teer) { problems.Add($"line {line}: {code} is TEER {Occupation.TeerOfCode(code)} by its second digit, not {teer}"); continue; }
                if (string.IsNullOrWhiteSpace(title) || title.Length > 300) { problems.Add($"line {line}: the title is missing or longer than 300 characters"); continue; }
                if (titleFr is { Length: > 300 }) { problems.Add($"line {line}: the French title is longer than 300 characters"); continue; }
                if (!string.IsNullOrEmpty(noc2016) && (noc2016.Length != 4 || !noc2016.All(char.IsAsciiDigit))) { problems.Add($"line {line}: '{noc2016}' is not a four-digit NOC 2016 code"); continue; }
                if (!string.IsNullOrEmpty(level) && !"0ABCD".Contains(level.ToUpperInvariant(), StringComparison.Ordinal)) { problems.Add($"line {line}: skill level '{level}' is not 0, A, B, C or D"); continue; }
                rows.Add((line, code, title, string.IsNullOrWhiteSpace(titleFr) ? null : titleFr, teer, string.IsNullOrEmpty(noc2016) ? null : noc2016, string.IsNullOrEmpty(level) ? null : level));
            }
        }
        catch (Exception e) when (e is CsvFormatException or KeyNotFoundException or IndexOutOfRangeException or InvalidOperationException)
        {
            problems.Add($"the file is not a CSV with the columns code,title,teer (or code,title_en,title_fr,teer) ({e.Message})");
        }
        foreach (var dup in rows.GroupBy(r => r.Code).Where(g => g.Count() > 1))
            problems.Add($"{dup.Key} appears on lines {string.Join(", ", dup.Select(d => d.Line))}");
        if (problems.Count > 0 || rows.Count == 0)
            return new Result(0, 0, problems.Count > 0 ? problems : ["the file has no occupation"]);

        var codes = rows.Select(r => r.Code).ToList();
        var existing = await db.Occupations.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct);
        var added = 0;
        foreach (var r in rows)
        {
            if (existing.TryGetValue(r.Code, out var occupation))
            {
                // A file without NOC 2016 columns keeps the correspondence the occupation has.
                occupation.Update(r.Title, r.Teer, r.Noc2016 ?? occupation.Noc2016Code, r.Level ?? occupation.Noc2016SkillLevel, true, r.TitleFr);
            }
            else
            {
                db.Occupations.Add(Occupation.Create(r.Code, r.Title, r.Teer, r.Noc2016, r.Level, r.TitleFr));
                added++;
            }
        }
        db.ChangeTracker.DetectChanges();
        var updated = existing.Values.Count(o => db.Entry(o).State == EntityState.Modified);
        await db.SaveChangesAsync(ct);
        return new Result(added, updated, []);
    }
}
