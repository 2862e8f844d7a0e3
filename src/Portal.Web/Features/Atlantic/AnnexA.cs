using Portal.Web.Features.Offers;

namespace Portal.Web.Features.Atlantic;

/// <summary>
/// The minimum criteria of the three Atlantic classes (Annex A of (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A)), each rule with a plain-language reason.
/// The sources speak NOC 2016 (0, A, B, C); the portal keeps TEER with the mapping as data (IRCC, Atlantic Immigration Program):
/// NOC 0 ~ TEER 0, A ~ TEER 1, B ~ TEER 2 and 3, C ~ TEER 4.
/// </summary>
public static class AnnexA
{
    /// <summary>"At least one year" (Annex A): the end date is on or after the same day a year later, minus one day.</summary>
    public const int MinimumDurationMonths = 12;

    /// <summary>
    /// The job-offer row of Annex A: High-Skilled NOC 0, A, B; Intermediate-Skilled and International Graduate NOC 0, A, B,
    /// C (the Intermediate-Skilled class is named for NOC C, but its job-offer row lists all four).
    /// </summary>
    public static IReadOnlyList<int> EligibleTeers(AipClass c) => c switch
    {
        AipClass.HighSkilled => [0, 1, 2, 3],
        _ => [0, 1, 2, 3, 4],
    };

    public static string Name(AipClass c) => c switch
    {
        AipClass.HighSkilled => "Atlantic High-Skilled Class",
        AipClass.IntermediateSkilled => "Atlantic Intermediate-Skilled Class",
        _ => "Atlantic International Graduate Class",
    };

    /// <summary>The class an AIP program code of an offer stands for, if any.</summary>
    public static AipClass? ClassOfProgram(string? programCode) => programCode switch
    {
        "AIP-HS" => AipClass.HighSkilled,
        "AIP-IS" => AipClass.IntermediateSkilled,
        "AIP-IG" => AipClass.InternationalGraduate,
        _ => null,
    };

    /// <summary>An offer is Atlantic when it is submitted under C18 or supports the Atlantic Immigration Program (or a pilot class).</summary>
    public static bool IsAtlanticOffer(string programCode, string? pathwayCode) =>
        programCode == "C18" || pathwayCode == "AIP" || ClassOfProgram(pathwayCode) is not null || ClassOfProgram(programCode) is not null;

    /// <param name="occupationTitle">Null when the occupation code is not in the list.</param>
    public static IReadOnlyList<RuleResult> Check(EndorsementCase c, string? occupationTitle, int? teer)
    {
        var name = Name(c.Class);
        var results = new List<RuleResult>();
        var teers = EligibleTeers(c.Class);
        if (occupationTitle is null || teer is null)
            results.Add(new(RuleOutcome.Failed, "The occupation code {0} is not in the NOC 2021 list.", c.OccupationCode));
        else
            results.Add(teers.Contains(teer.Value)
                ? new(RuleOutcome.Passed, "{0} is TEER {1}, which {2} accepts.", occupationTitle, teer.Value, name)
                : new(RuleOutcome.Failed, "{0} needs an occupation in TEER {1}; {2} is TEER {3}.", name, string.Join(", ", teers), occupationTitle, teer.Value));

        results.Add(c.FullTime
            ? new(RuleOutcome.Passed, "The job is full-time.")
            : new(RuleOutcome.Failed, "{0} needs a full-time job.", name));

        if (c.Class == AipClass.IntermediateSkilled)
            results.Add(c.EndDate is null
                ? new(RuleOutcome.Passed, "The job is indeterminate (permanent).")
                : new(RuleOutcome.Failed, "{0} needs an indeterminate (permanent) job, without an end date.", name));
        else if (c.EndDate is not { } end)
            results.Add(new(RuleOutcome.Passed, "The job is indeterminate, so it lasts at least {0} months.", MinimumDurationMonths));
        else if (c.StartDate is not { } start)
            results.Add(new(RuleOutcome.Failed, "Enter the start date of the job: {0} needs a job of at least one year.", name));
        else
        {
            var lastDay = ReferenceData.ProgramRuleSet.LastDayOfShortestJob(start, MinimumDurationMonths);
            results.Add(end >= lastDay
                ? new(RuleOutcome.Passed, "The job lasts at least {0} months: it ends on {1:yyyy-MM-dd}, on or after {2:yyyy-MM-dd}.", MinimumDurationMonths, end, lastDay)
                : new(RuleOutcome.Failed, "{0} needs a job of at least {1} months: starting on {2:yyyy-MM-dd}, it must end on {3:yyyy-MM-dd} or later; this one ends on {4:yyyy-MM-dd}.", name, MinimumDurationMonths, start, lastDay, end));
        }

        results.Add(c.LanguageTested
            ? new(RuleOutcome.Passed, "The candidate has tested language results at CLB 4 or higher.")
            : new(RuleOutcome.Failed, "Every Atlantic class needs tested language results at CLB 4 or higher."));

        results.Add(c.Class == AipClass.InternationalGraduate
            ? c.EducationMet
                ? new(RuleOutcome.Passed, "The candidate has a diploma of at least two years from a publicly funded Atlantic institution.")
                : new(RuleOutcome.Failed, "The International Graduate Class needs a diploma of at least two years from a publicly funded institution in an Atlantic province.")
            : c.EducationMet
                ? new(RuleOutcome.Passed, "The candidate has high school or more, with an Educational Credential Assessment for studies outside Canada.")
                : new(RuleOutcome.Failed, "{0} needs high school or more, with an Educational Credential Assessment for studies outside Canada.", name));

        if (c.Class == AipClass.InternationalGraduate)
            results.Add(new(RuleOutcome.Info, "No work experience is needed in the International Graduate Class."));
        else
            results.Add(c.WorkExperienceMet
                ? new(RuleOutcome.Passed, "The candidate has one year of work experience related to the job.")
                : new(RuleOutcome.Failed, "{0} needs one year of work experience related to the job.", name));
        return results;
    }
}
