using System.Text.RegularExpressions;
using Portal.Web.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Web.Offers;

public enum RuleOutcome
{
    Passed,
    Failed,
    Warning,
    Info,
}

/// <summary>One line of the eligibility check: a rule, how it came out, and why in plain words (a resource key and its values).</summary>
public sealed record RuleResult(RuleOutcome Outcome, string Message, params object[] Values)
{
    /// <summary>The field of the offer (a property of <see cref="OfferDetails"/>) the rule is about, so a form shows the reason beside it.</summary>
    public string? Field { get; init; }
}

/// <summary>What the check needs to know beyond the offer itself.</summary>
public sealed record EligibilityFacts(
    ImmigrationProgram? Program,
    Occupation? Occupation,
    IReadOnlySet<string> ProgramOccupations,
    bool IsParticipatingEmployer,
    DateOnly Today);

/// <summary>
/// The eligibility check of an offer against its program's rules, which are data (<see cref="ImmigrationProgram"/>).
/// A failed rule blocks submission; a warning does not.
/// </summary>
public static partial class Eligibility
{
    public static bool Blocks(IEnumerable<RuleResult> results) => results.Any(r => r.Outcome == RuleOutcome.Failed);

    [GeneratedRegex("^[A-Z0-9]{6,9}$")]
    private static partial Regex PassportPattern();

    public static IReadOnlyList<RuleResult> Check(OfferDetails offer, EligibilityFacts facts)
    {
        var results = new List<RuleResult>();
        void Add(string field, RuleResult result) => results.Add(result with { Field = field });
        var program = facts.Program;
        var occupation = facts.Occupation;
        if (program is null || !program.IsActive)
        {
            Add(nameof(OfferDetails.ProgramCode), new(RuleOutcome.Failed, "The program or exemption code {0} is not one the portal knows.", offer.ProgramCode));
            return results;
        }
        if (occupation is null || !occupation.IsActive)
        {
            Add(nameof(OfferDetails.OccupationCode), new(RuleOutcome.Failed, "The occupation code {0} is not in the NOC 2021 list.", offer.OccupationCode));
        }
        else
        {
            var teers = program.EligibleTeerList;
            if (teers.Count > 0)
                Add(nameof(OfferDetails.OccupationCode), teers.Contains(occupation.Teer)
                    ? new(RuleOutcome.Passed, "{0} is TEER {1}, which {2} accepts.", occupation.Title, occupation.Teer, program.Name)
                    : new(RuleOutcome.Failed, "{0} needs an occupation in TEER {1}; {2} is TEER {3}.", program.Name, string.Join(", ", teers), occupation.Title, occupation.Teer));
            if (program.ExpeditedTeerList.Contains(occupation.Teer))
                Add(nameof(OfferDetails.OccupationCode), new(RuleOutcome.Info, "TEER {0} qualifies for expedited processing.", occupation.Teer));
            if (program.UsesOccupationList)
                Add(nameof(OfferDetails.OccupationCode), facts.ProgramOccupations.Contains(occupation.Code)
                    ? new(RuleOutcome.Passed, "{0} is on the list of eligible occupations of {1}.", occupation.Title, program.Name)
                    : new(RuleOutcome.Failed, "{0} is not on the list of eligible occupations of {1}.", occupation.Title, program.Name));
        }

        if (program.RequiresParticipatingEmployer)
            Add(nameof(OfferDetails.ProgramCode), facts.IsParticipatingEmployer
                ? new(RuleOutcome.Passed, "Your organization takes part in {0}.", program.Name)
                : new(RuleOutcome.Failed, "{0} is open only to its participating employers. Your organization is not recognized as one: an administrator records each one's CRA business number, or confirms the organization itself.", program.Name));

        var provinces = program.RequiredProvinceList;
        if (provinces.Count > 0)
        {
            var locations = offer.Location2Province is { } p2 ? new[] { offer.Location1Province, p2 } : [offer.Location1Province];
            Add(nameof(OfferDetails.Location1Province), locations.Any(l => provinces.Contains(l.ToString()))
                ? new(RuleOutcome.Passed, "A work location is in {0}.", string.Join(", ", provinces))
                : new(RuleOutcome.Failed, "{0} needs a work location in {1}.", program.Name, string.Join(", ", provinces)));
        }

        if (program.RequiresFullTime)
            Add(nameof(OfferDetails.FullTime), offer.FullTime
                ? new(RuleOutcome.Passed, "The job is full-time.")
                : new(RuleOutcome.Failed, "{0} needs a full-time job.", program.Name));

        if (program.RequiresIndeterminate)
            Add(nameof(OfferDetails.EndDate), offer.EndDate is null
                ? new(RuleOutcome.Passed, "The job is indeterminate (permanent).")
                : new(RuleOutcome.Failed, "{0} needs an indeterminate (permanent) job, without an end date.", program.Name));

        if (program.MinimumDurationDays is { } minimum)
        {
            if (offer.EndDate is not { } end)
                Add(nameof(OfferDetails.EndDate), new(RuleOutcome.Passed, "The job is indeterminate, so it lasts at least {0} days.", minimum));
            else
            {
                var days = end.DayNumber - offer.StartDate.DayNumber;
                Add(nameof(OfferDetails.EndDate), days >= minimum
                    ? new(RuleOutcome.Passed, "The job lasts {0} days, at least the {1} that {2} needs.", days, minimum, program.Name)
                    : new(RuleOutcome.Failed, "{0} needs a job of at least {1} days; this one lasts {2}.", program.Name, minimum, days));
            }
        }

        // Warnings: they do not block submission, but each one is a common reason for a failed match.
        var passport = offer.PassportNumber.Trim();
        if (!PassportPattern().IsMatch(passport))
            Add(nameof(OfferDetails.PassportNumber), new(RuleOutcome.Warning, "The passport number '{0}' does not look like one (6 to 9 capital letters and digits). The worker's application is matched on it exactly: check it against the passport.", passport));
        if (string.IsNullOrWhiteSpace(offer.WorkerCitizenship))
            Add(nameof(OfferDetails.WorkerCitizenship), new(RuleOutcome.Warning, "The country of citizenship is missing: the worker's application is matched on it."));
        if (offer.MainDuties.Trim().Length < 100)
            Add(nameof(OfferDetails.MainDuties), new(RuleOutcome.Warning, "The main duties are very short. Describe the duties so that they fit the occupation code."));
        if (offer.MoreLocations)
            Add(nameof(OfferDetails.MoreLocations), new(RuleOutcome.Warning, "An offer has at most two work locations: list the others in the main duties."));
        if (program.RequiresParticipatingEmployer)
            Add(nameof(OfferDetails.Wage), new(RuleOutcome.Info, "The wage must be at or above the provincial median and the prevailing wage, reviewed on the first day and then every year by January 1."));
        return results;
    }
}
