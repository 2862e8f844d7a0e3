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

/// <summary>
/// A firm taking part in a program that names its employers: the Global Hypergrowth Project of the Innovation Stream
/// (IRCC, exemption code C88) [004]. An organization of the portal is that firm when its CRA business number is the one an
/// administrator recorded here, or when an administrator confirmed it (a firm registered under another number, such as a
/// subsidiary's). Never by name: anyone can register an organization called "Clio".
/// </summary>
public sealed class ParticipatingEmployer
{
    private ParticipatingEmployer() { }
    public Guid Id { get; private set; }
    public string ProgramCode { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    /// <summary>The firm's 9-digit CRA business number, as an administrator recorded it.</summary>
    public string? BusinessNumber { get; private set; }
    /// <summary>The organization an administrator confirmed as this firm, by whom and when.</summary>
    public Guid? ConfirmedOrganizationId { get; private set; }
    public Guid? ConfirmedByUserId { get; private set; }
    public DateTime? ConfirmedAtUtc { get; private set; }

    public static ParticipatingEmployer Create(string program, string name) =>
        new() { Id = Guid.CreateVersion7(), ProgramCode = program, Name = name.Trim() };

    /// <summary>Records the firm's business number (a valid BN9), or forgets it when empty.</summary>
    public Organizations.BusinessNumberProblem? RecordBusinessNumber(string? businessNumber)
    {
        var bn = Organizations.BusinessNumber.Normalize(businessNumber);
        if (bn.Length == 0)
        {
            BusinessNumber = null;
            return null;
        }
        if (Organizations.BusinessNumber.Validate(bn) is { } problem) return problem;
        BusinessNumber = bn;
        return null;
    }

    /// <summary>An administrator confirms an organization as this firm. Refused while another organization is confirmed.</summary>
    public bool Confirm(Guid organizationId, Guid administratorId, DateTime nowUtc)
    {
        if (ConfirmedOrganizationId is { } other && other != organizationId) return false;
        ConfirmedOrganizationId = organizationId;
        ConfirmedByUserId = administratorId;
        ConfirmedAtUtc = nowUtc;
        return true;
    }

    public void WithdrawConfirmation()
    {
        ConfirmedOrganizationId = null;
        ConfirmedByUserId = null;
        ConfirmedAtUtc = null;
    }

    public bool Matches(Guid organizationId, string businessNumber) =>
        (BusinessNumber is not null && BusinessNumber == businessNumber) || ConfirmedOrganizationId == organizationId;
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
