using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin.Reference;

/// <summary>
/// Imports IRCC's LMIA exemption codes from a CSV file with the columns code,name,regulation,employer_specific and,
/// optionally, notes and source (the format of db/reference/imp-exemption-codes.csv). A code the portal has gets its
/// name, regulation and kind of permit updated; a new code is added with rules from the day the administrator gives
/// (no rule beyond the code itself: an administrator adds them on the code's page). All or nothing: one bad line and
/// nothing is imported, every problem is listed.
/// </summary>
public static class ExemptionCodeImport
{
    public sealed record Result(int Added, int Updated, IReadOnlyList<string> Problems);

    private static readonly HashSet<string> EmployerSpecificValues = new(StringComparer.OrdinalIgnoreCase) { "yes", "no", "mixed", "unknown" };

    public static async Task<Result> ImportAsync(PortalDbContext db, Stream csvFile, DateOnly inForceFrom, CancellationToken ct)
    {
        var rows = new List<(long Line, string Code, string Name, string? Regulation, bool EmployerSpecific, string? Notes, string? Source)>();
        var problems = new List<string>();
        try
        {
            using var csv = CsvReader.Create(csvFile, new CsvReaderOptions { TrimWhitespace = true, SkipEmptyLines = true }, leaveOpen: true);
            var line = 1L;
            while (csv.Read())
            {
                line++;
                string? Optional(string name) => csv.TryGetFieldIndex(name, out var index) ? csv.GetStringOrNull(index) : null;
                var code = csv.GetString("code").ToUpperInvariant();
                var name = csv.GetString("name");
                var regulation = Optional("regulation");
                var specific = csv.GetString("employer_specific");
                // IRCC's codes are a letter and two digits (C10, T36, F60, R01).
                if (code.Length != 3 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
                { problems.Add($"line {line}: '{code}' is not an exemption code (a letter and two digits, such as C10)"); continue; }
                if (string.IsNullOrWhiteSpace(name) || name.Length > 190) { problems.Add($"line {line}: the name is missing or longer than 190 characters"); continue; }
                if (regulation is { Length: > 40 }) { problems.Add($"line {line}: the regulation is longer than 40 characters"); continue; }
                if (!EmployerSpecificValues.Contains(specific)) { problems.Add($"line {line}: employer_specific '{specific}' is not yes, no, mixed or unknown"); continue; }
                var notes = Optional("notes");
                if (notes is { Length: > 2000 }) { problems.Add($"line {line}: the notes are longer than 2000 characters"); continue; }
                var source = Optional("source");
                rows.Add((line, code, name, string.IsNullOrWhiteSpace(regulation) ? null : regulation, !specific.Equals("no", StringComparison.OrdinalIgnoreCase),
                    string.IsNullOrWhiteSpace(notes) ? null : notes, string.IsNullOrWhiteSpace(source) ? null : source[..Math.Min(500, source.Length)]));
            }
        }
        catch (Exception e) when (e is CsvFormatException or KeyNotFoundException or IndexOutOfRangeException or InvalidOperationException)
        {
            problems.Add($"the file is not a CSV with the columns code,name,regulation,employer_specific ({e.Message})");
        }
        foreach (var dup in rows.GroupBy(r => r.Code).Where(g => g.Count() > 1))
            problems.Add($"{dup.Key} appears on lines {string.Join(", ", dup.Select(d => d.Line))}");
        if (problems.Count > 0 || rows.Count == 0)
            return new Result(0, 0, problems.Count > 0 ? problems : ["the file has no exemption code"]);
        // The portal's pathways (AIP, ATP, BCTECH...) never take the form of a code, so an import cannot touch them.
        var codes = rows.Select(r => r.Code).ToList();
        var existing = await db.Programs.Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);

        var sortOrder = (await db.Programs.MaxAsync(p => (int?)p.SortOrder, ct) ?? 0) + 10;
        var added = 0;
        foreach (var r in rows)
        {
            var name = r.Name.Contains(r.Code, StringComparison.Ordinal) ? r.Name : $"{r.Name} ({r.Code})";
            if (existing.TryGetValue(r.Code, out var program))
            {
                program.Update(name, r.Notes ?? program.Description, r.Regulation, r.Source ?? program.Source, r.EmployerSpecific, program.IsActive);
            }
            else
            {
                program = ImmigrationProgram.Create(r.Code, name, ProgramKind.ExemptionCode, r.EmployerSpecific);
                program.Update(name, r.Notes ?? name + ".", r.Regulation, r.Source, r.EmployerSpecific, isActive: true);
                program.PlaceAt(sortOrder);
                sortOrder += 10;
                db.Programs.Add(program);
                db.ProgramRuleSets.Add(ProgramRuleSet.Create(r.Code, inForceFrom, new RuleSetValues(
                    r.Source ?? "IRCC, LMIA exemption codes (imported by an administrator)", null, null, null, null, null, null,
                    false, false, null, null, null, false, false, false)));
                added++;
            }
        }
        db.ChangeTracker.DetectChanges();
        var updated = existing.Values.Count(p => db.Entry(p).State == EntityState.Modified);
        await db.SaveChangesAsync(ct);
        return new Result(added, updated, []);
    }
}
