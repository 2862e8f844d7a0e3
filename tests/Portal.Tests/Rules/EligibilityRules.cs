using Portal.Web.Offers;
using Portal.Web.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Tests.Rules;

public sealed class EligibilityRules
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static ImmigrationProgram Program(string code, string? teers = null, string? expedited = null, bool participating = false,
        string? provinces = null, int? minDays = null, bool indeterminate = false, bool fullTime = false, bool list = false)
    {
        var p = ImmigrationProgram.Create(code, code + " program", ProgramKind.ExemptionCode);
        p.Update(new ProgramRules(code + " program", "", teers, expedited, participating, provinces, minDays, indeterminate, fullTime, list, false, true));
        return p;
    }

    private static readonly Occupation Engineer = Occupation.Create("21231", "Software engineers and designers", 1, "2173", "A");
    private static readonly Occupation Retail = Occupation.Create("64100", "Retail salespersons", 4, "6421", "C");

    private static IReadOnlyList<RuleResult> Check(ImmigrationProgram program, Occupation? occupation, OfferDetails? details = null,
        bool participating = false, params string[] listed) =>
        Eligibility.Check(details ?? OfferSteps.Details(), new EligibilityFacts(program, occupation, listed.ToHashSet(), participating, Today));

    private static IEnumerable<RuleResult> Failed(IEnumerable<RuleResult> r) => r.Where(x => x.Outcome == RuleOutcome.Failed);

    [Fact]
    public void Innovation_stream_needs_a_participating_employer_and_teer_0_to_3_and_expedites_0_and_1()
    {
        var c88 = Program("C88", "0,1,2,3", "0,1", participating: true);
        Assert.Single(Failed(Check(c88, Engineer)));
        var passed = Check(c88, Engineer, participating: true);
        Assert.Empty(Failed(passed));
        Assert.Contains(passed, r => r.Outcome == RuleOutcome.Info && r.Message.Contains("expedited", StringComparison.Ordinal));
        Assert.Single(Failed(Check(c88, Retail, participating: true)));
        Assert.True(Eligibility.Blocks(Check(c88, Retail, participating: true)));
    }

    [Fact]
    public void An_occupation_list_and_a_province_are_both_required_when_the_program_says_so()
    {
        var atp = Program("ATP", provinces: "AB", list: true);
        Assert.Equal(2, Failed(Check(atp, Engineer)).Count());
        var inAlberta = OfferSteps.Details() with { Location2City = "Calgary", Location2Province = Province.AB };
        Assert.Empty(Failed(Check(atp, Engineer, inAlberta, false, "21231")));
    }

    [Fact]
    public void Duration_indeterminate_and_full_time_rules_come_from_the_program()
    {
        var bc = Program("BCTECH", minDays: 365);
        var short_ = OfferSteps.Details() with { EndDate = OfferSteps.Details().StartDate.AddDays(364) };
        Assert.Single(Failed(Check(bc, Engineer, short_)));
        Assert.Empty(Failed(Check(bc, Engineer, short_ with { EndDate = null })));

        var is_ = Program("AIP-IS", "4", indeterminate: true, fullTime: true);
        Assert.Equal(3, Failed(Check(is_, Engineer, OfferSteps.Details() with { FullTime = false })).Count());
        Assert.Empty(Failed(Check(is_, Retail, OfferSteps.Details() with { EndDate = null })));
    }

    [Fact]
    public void An_unknown_occupation_or_program_fails()
    {
        Assert.Single(Failed(Check(Program("C10"), null)));
        Assert.Single(Failed(Eligibility.Check(OfferSteps.Details(), new EligibilityFacts(null, Engineer, new HashSet<string>(), false, Today))));
    }

    [Fact]
    public void Warnings_never_block()
    {
        var details = OfferSteps.Details() with { PassportNumber = "x", MainDuties = "Short.", MoreLocations = true };
        var results = Check(Program("C10"), Engineer, details);
        Assert.Equal(3, results.Count(r => r.Outcome == RuleOutcome.Warning));
        Assert.False(Eligibility.Blocks(results));
    }
}
