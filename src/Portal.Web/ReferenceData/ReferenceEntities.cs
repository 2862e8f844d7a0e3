namespace Portal.Web.ReferenceData;

/// <summary>
/// An occupation of the National Occupational Classification. NOC 2021 (five digits, TEER 0-5) is the key; the
/// NOC 2016 code and skill level (0, A, B, C, D) are kept where the older programs speak them [000, 001, 003].
/// </summary>
public sealed class Occupation
{
    private Occupation() { }

    public string Code { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public int Teer { get; private set; }
    public string? Noc2016Code { get; private set; }
    public string? Noc2016SkillLevel { get; private set; }
    public bool IsActive { get; private set; }

    public static Occupation Create(string code, string title, int teer, string? noc2016Code, string? noc2016SkillLevel)
    {
        var o = new Occupation { Code = code, IsActive = true };
        o.Update(title, teer, noc2016Code, noc2016SkillLevel, true);
        return o;
    }

    public void Update(string title, int teer, string? noc2016Code, string? noc2016SkillLevel, bool isActive)
    {
        if (!IsValidCode(Code)) throw new ArgumentException("A NOC 2021 code has five digits.", nameof(title));
        if (teer is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(teer), "TEER is 0 to 5.");
        Title = title.Trim();
        Teer = teer;
        Noc2016Code = string.IsNullOrWhiteSpace(noc2016Code) ? null : noc2016Code.Trim();
        Noc2016SkillLevel = string.IsNullOrWhiteSpace(noc2016SkillLevel) ? null : noc2016SkillLevel.Trim().ToUpperInvariant();
        IsActive = isActive;
    }

    public static bool IsValidCode(string? code) => code is { Length: 5 } && code.All(char.IsAsciiDigit);

    /// <summary>The TEER of the first digit after the broad category: NOC 2021's second digit [DOMAIN].</summary>
    public static int? TeerOfCode(string code) => IsValidCode(code) ? code[1] - '0' : null;
}

public enum ProgramKind
{
    ExemptionCode = 1,
    FederalRoute = 2,
    ProvincialRoute = 3,
}

/// <summary>
/// A program, LMIA exemption code or provincial route, with its eligibility rules as data wherever the
/// rule is a list or a number, so an administrator can keep them current.
/// </summary>
public sealed class ImmigrationProgram
{
    private ImmigrationProgram() { }

    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public ProgramKind Kind { get; private set; }
    public string Description { get; private set; } = string.Empty;
    /// <summary>Which source text the rules come from, e.g. "004".</summary>
    public string? Source { get; private set; }
    /// <summary>Comma-separated TEER categories the job must be in; null when any.</summary>
    public string? EligibleTeers { get; private set; }
    /// <summary>Comma-separated TEER categories that qualify for expedited processing.</summary>
    public string? ExpeditedTeers { get; private set; }
    public bool RequiresParticipatingEmployer { get; private set; }
    /// <summary>Comma-separated provinces one of the work locations must be in; null when anywhere.</summary>
    public string? RequiredProvinces { get; private set; }
    public int? MinimumDurationDays { get; private set; }
    public bool RequiresIndeterminate { get; private set; }
    public bool RequiresFullTime { get; private set; }
    /// <summary>The occupation must be on the program's list (<see cref="ProgramOccupation"/>).</summary>
    public bool UsesOccupationList { get; private set; }
    public bool FeeExempt { get; private set; }
    public bool IsActive { get; private set; }
    public int SortOrder { get; private set; }

    public static ImmigrationProgram Create(string code, string name, ProgramKind kind) =>
        new() { Code = code.Trim().ToUpperInvariant(), Name = name.Trim(), Kind = kind, IsActive = true };

    public void Update(ProgramRules r)
    {
        Name = r.Name.Trim();
        Description = r.Description.Trim();
        EligibleTeers = Normalize(r.EligibleTeers);
        ExpeditedTeers = Normalize(r.ExpeditedTeers);
        RequiresParticipatingEmployer = r.RequiresParticipatingEmployer;
        RequiredProvinces = Normalize(r.RequiredProvinces);
        MinimumDurationDays = r.MinimumDurationDays;
        RequiresIndeterminate = r.RequiresIndeterminate;
        RequiresFullTime = r.RequiresFullTime;
        UsesOccupationList = r.UsesOccupationList;
        FeeExempt = r.FeeExempt;
        IsActive = r.IsActive;
    }

    public IReadOnlyList<int> EligibleTeerList => Parse(EligibleTeers).Select(int.Parse).ToList();
    public IReadOnlyList<int> ExpeditedTeerList => Parse(ExpeditedTeers).Select(int.Parse).ToList();
    public IReadOnlyList<string> RequiredProvinceList => Parse(RequiredProvinces);

    private static List<string> Parse(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Normalize(string? list) =>
        string.IsNullOrWhiteSpace(list) ? null : string.Join(",", Parse(list).Select(s => s.ToUpperInvariant()).Distinct());
}

public sealed record ProgramRules(
    string Name, string Description, string? EligibleTeers, string? ExpeditedTeers, bool RequiresParticipatingEmployer,
    string? RequiredProvinces, int? MinimumDurationDays, bool RequiresIndeterminate, bool RequiresFullTime,
    bool UsesOccupationList, bool FeeExempt, bool IsActive);

/// <summary>An occupation on a program's eligible list (e.g. the 23 of the Accelerated Tech Pathway [001]).</summary>
public sealed class ProgramOccupation
{
    private ProgramOccupation() { }
    public string ProgramCode { get; private set; } = string.Empty;
    public string OccupationCode { get; private set; } = string.Empty;
    public static ProgramOccupation Create(string program, string occupation) => new() { ProgramCode = program, OccupationCode = occupation };
}

/// <summary>A firm taking part in a program that names its employers: the Global Hypergrowth Project [004].</summary>
public sealed class ParticipatingEmployer
{
    private ParticipatingEmployer() { }
    public Guid Id { get; private set; }
    public string ProgramCode { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    /// <summary>When known, the match is by business number; otherwise by legal or operating name.</summary>
    public string? BusinessNumber { get; private set; }

    public static ParticipatingEmployer Create(string program, string name, string? businessNumber) =>
        new() { Id = Guid.CreateVersion7(), ProgramCode = program, Name = name.Trim(), BusinessNumber = string.IsNullOrWhiteSpace(businessNumber) ? null : businessNumber.Trim() };

    public bool Matches(string legalName, string? operatingName, string businessNumber) =>
        BusinessNumber is not null ? BusinessNumber == businessNumber
        : Same(Name, legalName) || (operatingName is not null && Same(Name, operatingName));

    private static bool Same(string a, string b) => Simplify(a) == Simplify(b);

    private static string Simplify(string s) =>
        new(s.ToLowerInvariant().Replace(" inc.", "", StringComparison.Ordinal).Replace(" inc", "", StringComparison.Ordinal)
            .Where(char.IsLetterOrDigit).ToArray());
}

/// <summary>The employer compliance fee, with the date each amount took effect [004: $230 CAD].</summary>
public sealed class ComplianceFee
{
    private ComplianceFee() { }
    public Guid Id { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "CAD";
    public DateOnly EffectiveFrom { get; private set; }

    public static ComplianceFee Create(decimal amount, string currency, DateOnly effectiveFrom)
    {
        if (amount <= 0 || amount > 100_000) throw new ArgumentOutOfRangeException(nameof(amount));
        return new() { Id = Guid.CreateVersion7(), Amount = decimal.Round(amount, 2), Currency = currency, EffectiveFrom = effectiveFrom };
    }
}

/// <summary>A country of citizenship, by its ISO 3166-1 alpha-3 code as printed in passports.</summary>
public sealed class Country
{
    private Country() { }
    public string Code { get; private set; } = string.Empty;
    public string NameEn { get; private set; } = string.Empty;
    public string NameFr { get; private set; } = string.Empty;
    public string Name(string culture) => culture.StartsWith("fr", StringComparison.Ordinal) ? NameFr : NameEn;
}
