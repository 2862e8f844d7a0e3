namespace Portal.Web.ReferenceData;

/// <summary>
/// The rules of one exemption code or pathway for the days they are in force. The Atlantic Immigration Pilot's rules
/// held until 2021-12-31 and the permanent Atlantic Immigration Program's from 2022-03-06: an offer is judged by the set
/// in force on its submission date, so a change of rules never changes the verdict of an offer already submitted under
/// the earlier ones, and each verdict can say which publication it rests on and since when.
/// </summary>
public sealed class ProgramRuleSet
{
    /// <summary>Full-time, where a rule says no more: 30 hours a week (IRCC, Atlantic Immigration Program job offers).</summary>
    public const decimal FullTimeHours = 30m;

    private ProgramRuleSet() { }

    public Guid Id { get; private set; }
    public string ProgramCode { get; private set; } = string.Empty;
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>The last day the rules are in force; null while they are.</summary>
    public DateOnly? EffectiveTo { get; private set; }
    /// <summary>The publication the rules come from, by name.</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>Comma-separated TEER categories the job must be in; null when any.</summary>
    public string? EligibleTeers { get; private set; }
    /// <summary>Comma-separated TEER categories that qualify for expedited processing.</summary>
    public string? ExpeditedTeers { get; private set; }
    /// <summary>Comma-separated TEER categories whose job must be indeterminate (permanent).</summary>
    public string? IndeterminateTeers { get; private set; }
    /// <summary>The job lasts at least this many months (12: "at least one year"); indeterminate jobs always do.</summary>
    public int? MinimumDurationMonths { get; private set; }
    /// <summary>Full-time: the hours a week the job must reach.</summary>
    public decimal? MinimumHoursPerWeek { get; private set; }
    public bool RequiresNonSeasonal { get; private set; }
    public bool RequiresParticipatingEmployer { get; private set; }
    /// <summary>Comma-separated provinces one of the work locations must be in; null when anywhere.</summary>
    public string? RequiredProvinces { get; private set; }
    /// <summary>Comma-separated provinces no work location may be in (C16: outside Quebec).</summary>
    public string? ExcludedProvinces { get; private set; }
    /// <summary>Comma-separated ISO 3166-1 alpha-3 codes the worker must be a citizen of (T36-T38: USA, MEX).</summary>
    public string? RequiredCitizenships { get; private set; }
    /// <summary>The employer is designated in the work province (Atlantic Immigration Program).</summary>
    public bool RequiresDesignation { get; private set; }
    /// <summary>The worker has an endorsement case with the province (C18).</summary>
    public bool RequiresEndorsement { get; private set; }
    /// <summary>The occupation must be on the program's list (<see cref="ProgramOccupation"/>).</summary>
    public bool UsesOccupationList { get; private set; }

    public static ProgramRuleSet Create(string programCode, DateOnly effectiveFrom, RuleSetValues values)
    {
        var set = new ProgramRuleSet { Id = Guid.CreateVersion7(), ProgramCode = programCode };
        set.Update(effectiveFrom, values);
        return set;
    }

    public void Update(DateOnly effectiveFrom, RuleSetValues v)
    {
        if (v.EffectiveTo is { } to && to < effectiveFrom) throw new ArgumentException("The rules end before they start.", nameof(v));
        EffectiveFrom = effectiveFrom;
        EffectiveTo = v.EffectiveTo;
        Source = v.Source.Trim();
        EligibleTeers = NormalizeList(v.EligibleTeers);
        ExpeditedTeers = NormalizeList(v.ExpeditedTeers);
        IndeterminateTeers = NormalizeList(v.IndeterminateTeers);
        MinimumDurationMonths = v.MinimumDurationMonths;
        MinimumHoursPerWeek = v.MinimumHoursPerWeek;
        RequiresNonSeasonal = v.RequiresNonSeasonal;
        RequiresParticipatingEmployer = v.RequiresParticipatingEmployer;
        RequiredProvinces = NormalizeList(v.RequiredProvinces);
        ExcludedProvinces = NormalizeList(v.ExcludedProvinces);
        RequiredCitizenships = NormalizeList(v.RequiredCitizenships);
        RequiresDesignation = v.RequiresDesignation;
        RequiresEndorsement = v.RequiresEndorsement;
        UsesOccupationList = v.UsesOccupationList;
    }

    /// <summary>Ends the rules on a day (the day before the next set takes effect).</summary>
    public void EndOn(DateOnly lastDay)
    {
        if (lastDay < EffectiveFrom) throw new ArgumentException("The rules end before they start.", nameof(lastDay));
        EffectiveTo = lastDay;
    }

    public RuleSetValues Values => new(Source, EffectiveTo, EligibleTeers, ExpeditedTeers, IndeterminateTeers, MinimumDurationMonths,
        MinimumHoursPerWeek, RequiresNonSeasonal, RequiresParticipatingEmployer, RequiredProvinces, ExcludedProvinces, RequiredCitizenships,
        RequiresDesignation, RequiresEndorsement, UsesOccupationList);

    public bool InForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public IReadOnlyList<int> EligibleTeerList => ParseList(EligibleTeers).Select(int.Parse).ToList();
    public IReadOnlyList<int> ExpeditedTeerList => ParseList(ExpeditedTeers).Select(int.Parse).ToList();
    public IReadOnlyList<int> IndeterminateTeerList => ParseList(IndeterminateTeers).Select(int.Parse).ToList();
    public IReadOnlyList<string> RequiredProvinceList => ParseList(RequiredProvinces);
    public IReadOnlyList<string> ExcludedProvinceList => ParseList(ExcludedProvinces);
    public IReadOnlyList<string> RequiredCitizenshipList => ParseList(RequiredCitizenships);

    /// <summary>The set in force on a day among a program's sets, if any.</summary>
    public static ProgramRuleSet? InForce(IEnumerable<ProgramRuleSet> sets, DateOnly day) =>
        sets.Where(s => s.InForceOn(day)).OrderByDescending(s => s.EffectiveFrom).FirstOrDefault();

    /// <summary>
    /// "At least N months": a contract from a day to the day before the same date N months later lasts N months, so the end
    /// date must be on or after start + N months - 1 day (a one-year job from 2027-03-01 may end on 2028-02-29).
    /// </summary>
    public static DateOnly LastDayOfShortestJob(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);

    public static List<string> ParseList(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? NormalizeList(string? list) =>
        string.IsNullOrWhiteSpace(list) ? null : string.Join(",", ParseList(list).Select(s => s.ToUpperInvariant()).Distinct());
}

/// <summary>What an administrator sets on a rule set (everything but the program and the first day).</summary>
public sealed record RuleSetValues(
    string Source, DateOnly? EffectiveTo, string? EligibleTeers, string? ExpeditedTeers, string? IndeterminateTeers,
    int? MinimumDurationMonths, decimal? MinimumHoursPerWeek, bool RequiresNonSeasonal, bool RequiresParticipatingEmployer,
    string? RequiredProvinces, string? ExcludedProvinces, string? RequiredCitizenships, bool RequiresDesignation,
    bool RequiresEndorsement, bool UsesOccupationList);
