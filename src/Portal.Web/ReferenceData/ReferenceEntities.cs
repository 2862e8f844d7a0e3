namespace Portal.Web.ReferenceData;

/// <summary>
/// An occupation of the National Occupational Classification. NOC 2021 (five digits, TEER 0-5) is the key, with its
/// English and French titles (Statistics Canada, NOC 2021 Version 1.0); the NOC 2016 code and skill level (0, A, B,
/// C, D) are kept where the older programs speak them (Alberta Immigrant Nominee Program; Atlantic Immigration Pilot).
/// </summary>
public sealed class Occupation
{
    private Occupation() { }

    public string Code { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string? TitleFr { get; private set; }
    public int Teer { get; private set; }
    public string? Noc2016Code { get; private set; }
    public string? Noc2016SkillLevel { get; private set; }
    public bool IsActive { get; private set; }

    public static Occupation Create(string code, string title, int teer, string? noc2016Code, string? noc2016SkillLevel, string? titleFr = null)
    {
        var o = new Occupation { Code = code, IsActive = true };
        o.Update(title, teer, noc2016Code, noc2016SkillLevel, true, titleFr);
        return o;
    }

    /// <param name="titleFr">Null keeps the French title the occupation has.</param>
    public void Update(string title, int teer, string? noc2016Code, string? noc2016SkillLevel, bool isActive, string? titleFr = null)
    {
        if (!IsValidCode(Code)) throw new ArgumentException("A NOC 2021 code has five digits.", nameof(title));
        if (teer is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(teer), "TEER is 0 to 5.");
        Title = title.Trim();
        if (!string.IsNullOrWhiteSpace(titleFr)) TitleFr = titleFr.Trim();
        Teer = teer;
        Noc2016Code = string.IsNullOrWhiteSpace(noc2016Code) ? null : noc2016Code.Trim();
        Noc2016SkillLevel = string.IsNullOrWhiteSpace(noc2016SkillLevel) ? null : noc2016SkillLevel.Trim().ToUpperInvariant();
        IsActive = isActive;
    }

    /// <summary>The title in the reader's language; the English one where no French title is recorded.</summary>
    public string TitleIn(string culture) => culture.StartsWith("fr", StringComparison.Ordinal) && TitleFr is { } fr ? fr : Title;

    public static bool IsValidCode(string? code) => code is { Length: 5 } && code.All(char.IsAsciiDigit);

    /// <summary>The TEER is NOC 2021's second digit (Statistics Canada, NOC 2021 V1.0 structure).</summary>
    public static int? TeerOfCode(string code) => IsValidCode(code) ? code[1] - '0' : null;
}

/// <summary>
/// What an offer is checked against. The Employer Portal takes one IRCC LMIA <b>exemption code</b> per offer; besides it,
/// the employer may support a provincial or permanent-residence <b>pathway</b> (Alberta Accelerated Tech Pathway, BC PNP
/// Tech, the Atlantic Immigration Program), which is not a code and is checked as a second, optional list.
/// </summary>
public enum ProgramKind
{
    ExemptionCode = 1,
    /// <summary>A federal permanent-residence pathway (the Atlantic Immigration Program and its pilot classes).</summary>
    FederalRoute = 2,
    /// <summary>A provincial nominee pathway.</summary>
    ProvincialRoute = 3,
}

/// <summary>
/// An IRCC exemption code or a pathway. Its rules are <see cref="ProgramRuleSet"/>s with the dates they are in force, so
/// an offer is judged by the rules of its submission date and an administrator can keep them current.
/// </summary>
public sealed class ImmigrationProgram
{
    private ImmigrationProgram() { }

    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public ProgramKind Kind { get; private set; }
    public string Description { get; private set; } = string.Empty;
    /// <summary>The publication the code or pathway is taken from, by name.</summary>
    public string? Source { get; private set; }
    /// <summary>The provision it rests on, e.g. "R204(a)" or "IRPA A25.2".</summary>
    public string? Regulation { get; private set; }
    /// <summary>An employer files an offer of employment for it (an employer-specific permit); open-permit codes do not.</summary>
    public bool EmployerSpecific { get; private set; }
    public bool IsActive { get; private set; }
    public int SortOrder { get; private set; }

    public bool IsPathway => Kind != ProgramKind.ExemptionCode;

    /// <summary>An offer can be submitted under it: an active exemption code for an employer-specific permit.</summary>
    public bool OffersCanUseAsCode => IsActive && Kind == ProgramKind.ExemptionCode && EmployerSpecific;

    public static ImmigrationProgram Create(string code, string name, ProgramKind kind, bool employerSpecific = true) =>
        new() { Code = code.Trim().ToUpperInvariant(), Name = name.Trim(), Kind = kind, EmployerSpecific = employerSpecific, IsActive = true };

    /// <summary>Where the code comes in the lists offers choose from.</summary>
    public void PlaceAt(int sortOrder) => SortOrder = sortOrder;

    public void Update(string name, string description, string? regulation, string? source, bool employerSpecific, bool isActive)
    {
        Name = name.Trim();
        Description = description.Trim();
        Regulation = string.IsNullOrWhiteSpace(regulation) ? null : regulation.Trim();
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        EmployerSpecific = employerSpecific;
        IsActive = isActive;
    }
}

/// <summary>An occupation on a program's eligible list (e.g. the 23 of the Accelerated Tech Pathway (Alberta Accelerated Tech Pathway)).</summary>
public sealed class ProgramOccupation
{
    private ProgramOccupation() { }
    public string ProgramCode { get; private set; } = string.Empty;
    public string OccupationCode { get; private set; } = string.Empty;
    public static ProgramOccupation Create(string program, string occupation) => new() { ProgramCode = program, OccupationCode = occupation };
}

/// <summary>
/// A firm taking part in a program that names its employers: the Global Hypergrowth Project of the Innovation Stream
/// (IRCC, exemption code C88) (IRCC, International Mobility Program: Innovation Stream, offer of employment and employer compliance fee). An organization of the portal is that firm when its CRA business number is the one an
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
    public Features.Organizations.BusinessNumberProblem? RecordBusinessNumber(string? businessNumber)
    {
        var bn = Features.Organizations.BusinessNumber.Normalize(businessNumber);
        if (bn.Length == 0)
        {
            BusinessNumber = null;
            return null;
        }
        if (Features.Organizations.BusinessNumber.Validate(bn) is { } problem) return problem;
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

/// <summary>The employer compliance fee, with the date each amount took effect ($230 CAD per IRCC, International Mobility Program: employer compliance fee).</summary>
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
