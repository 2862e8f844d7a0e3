using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Tests.Rules;

public sealed class EligibilityRules
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static RuleSetValues Rules(string? teers = null, string? expedited = null, bool participating = false, string? provinces = null,
        int? months = null, string? indeterminate = null, decimal? hours = null, bool nonSeasonal = false, bool list = false,
        string? excluded = null, string? citizenships = null, bool designation = false, bool endorsement = false, DateOnly? to = null) =>
        new("Test source", to, teers, expedited, indeterminate, months, hours, nonSeasonal, participating, provinces, excluded, citizenships,
            designation, endorsement, list);

    private static ProgramFacts Code(string code, RuleSetValues rules, DateOnly? from = null, bool active = true, ProgramKind kind = ProgramKind.ExemptionCode)
    {
        var p = ImmigrationProgram.Create(code, code + " program", kind);
        p.Update(code + " program", "", null, null, employerSpecific: true, isActive: active);
        return new ProgramFacts(p, ProgramRuleSet.Create(code, from ?? new DateOnly(2020, 1, 1), rules), new HashSet<string>());
    }

    private static ProgramFacts Pathway(string code, RuleSetValues rules, DateOnly? from = null) => Code(code, rules, from, kind: ProgramKind.FederalRoute);

    private static readonly Occupation Engineer = Occupation.Create("21231", "Software engineers and designers", 1, "2173", "A");
    private static readonly Occupation Technician = Occupation.Create("22220", "Computer network and web technicians", 2, "2281", "B");
    private static readonly Occupation Cook = Occupation.Create("63200", "Cooks", 3, "6322", "B");
    private static readonly Occupation Retail = Occupation.Create("64100", "Retail salespersons", 4, "6421", "C");

    private static IReadOnlyList<RuleResult> Check(ProgramFacts code, Occupation? occupation, OfferDetails? details = null, bool participating = false,
        ProgramFacts? pathway = null, IReadOnlySet<Province>? designated = null, EndorsementStage? endorsement = null, DateOnly? on = null) =>
        Eligibility.Check(details ?? OfferSteps.Details(program: code.Program.Code) with { PathwayCode = pathway?.Program.Code },
            new EligibilityFacts(code, pathway, occupation, participating, designated ?? new HashSet<Province>(), endorsement, on ?? Today));

    private static List<RuleResult> Failed(IEnumerable<RuleResult> r) => r.Where(x => x.Outcome == RuleOutcome.Failed).ToList();

    private static readonly ProgramFacts C10 = Code("C10", Rules());

    [Fact]
    public void Innovation_stream_needs_a_participating_employer_and_teer_0_to_3_and_expedites_0_and_1()
    {
        var c88 = Code("C88", Rules("0,1,2,3", "0,1", participating: true));
        Assert.Single(Failed(Check(c88, Engineer)));
        var passed = Check(c88, Engineer, participating: true);
        Assert.Empty(Failed(passed));
        Assert.Contains(passed, r => r.Outcome == RuleOutcome.Info && r.Message.Contains("expedited", StringComparison.Ordinal));
        // TEER 3 passes, TEER 4 fails.
        Assert.Empty(Failed(Check(c88, Cook, participating: true)));
        Assert.Single(Failed(Check(c88, Retail, participating: true)));
        Assert.True(Eligibility.Blocks(Check(c88, Retail, participating: true)));
    }

    [Theory]
    [InlineData("2027-03-01", "2028-02-28", false)] // one day short of a year
    [InlineData("2027-03-01", "2028-02-29", true)]  // the day before the same date a year later: one year
    [InlineData("2026-07-15", "2027-07-13", false)]
    [InlineData("2026-07-15", "2027-07-14", true)]
    [InlineData("2026-07-15", "2027-07-15", true)]
    public void At_least_one_year_means_ending_on_or_after_the_day_before_the_same_date_a_year_later(string start, string end, bool passes)
    {
        var bc = Pathway("BCTECH", Rules(months: 12));
        var details = OfferSteps.Details() with { StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end), PathwayCode = "BCTECH" };
        Assert.Equal(passes, Failed(Check(C10, Engineer, details, pathway: bc)).Count == 0);
        Assert.Empty(Failed(Check(C10, Engineer, details with { EndDate = null }, pathway: bc)));
    }

    [Theory]
    [InlineData(29.5, false)]
    [InlineData(29.99, false)]
    [InlineData(30, true)]
    [InlineData(37.5, true)]
    public void Full_time_is_the_hours_against_the_rule_s_minimum(double hours, bool passes)
    {
        var aip = Pathway("AIP", Rules(hours: 30m));
        var details = OfferSteps.Details() with { HoursPerWeek = (decimal)hours, PathwayCode = "AIP" };
        var failed = Failed(Check(C10, Engineer, details, pathway: aip));
        Assert.Equal(passes, failed.Count == 0);
        if (!passes) Assert.Equal(nameof(OfferDetails.HoursPerWeek), Assert.Single(failed).Field);
    }

    private static readonly ProgramFacts Aip = Pathway("AIP",
        Rules("0,1,2,3,4", indeterminate: "4", months: 12, hours: 30m, nonSeasonal: true, provinces: "NB,NS,PE,NL", designation: true),
        new DateOnly(2022, 3, 6));

    private static readonly IReadOnlySet<Province> DesignatedInNovaScotia = new HashSet<Province> { Province.NS };

    [Fact]
    public void The_Atlantic_program_takes_teer_0_to_3_for_a_year_and_teer_4_only_permanent()
    {
        var oneYear = OfferSteps.Details() with { PathwayCode = "AIP", StartDate = Today.AddMonths(1), EndDate = Today.AddMonths(13).AddDays(-1) };
        Assert.Empty(Failed(Check(C10, Cook, oneYear, pathway: Aip, designated: DesignatedInNovaScotia)));
        var teer4 = Failed(Check(C10, Retail, oneYear, pathway: Aip, designated: DesignatedInNovaScotia));
        Assert.Equal(nameof(OfferDetails.EndDate), Assert.Single(teer4).Field);
        Assert.Empty(Failed(Check(C10, Retail, oneYear with { EndDate = null }, pathway: Aip, designated: DesignatedInNovaScotia)));
        var seasonal = Failed(Check(C10, Cook, oneYear with { Seasonal = true }, pathway: Aip, designated: DesignatedInNovaScotia));
        Assert.Equal(nameof(OfferDetails.Seasonal), Assert.Single(seasonal).Field);
    }

    [Fact]
    public void An_Atlantic_offer_needs_the_employer_designated_in_that_province()
    {
        var inNovaScotia = OfferSteps.Details() with { PathwayCode = "AIP", EndDate = null };
        var notDesignated = Failed(Check(C10, Engineer, inNovaScotia, pathway: Aip));
        Assert.Contains("not designated", Assert.Single(notDesignated).Message, StringComparison.Ordinal);
        Assert.Equal(["NS"], Assert.Single(notDesignated).Values.Skip(1).Select(v => v.ToString()));
        // Designated, but in another Atlantic province: still refused.
        Assert.Single(Failed(Check(C10, Engineer, inNovaScotia, pathway: Aip, designated: new HashSet<Province> { Province.NB })));
        Assert.Empty(Failed(Check(C10, Engineer, inNovaScotia, pathway: Aip, designated: DesignatedInNovaScotia)));
    }

    [Fact]
    public void C18_needs_designation_in_the_work_province_and_an_endorsement_case_for_the_worker()
    {
        var c18 = Code("C18", Rules(provinces: "NB,NS,PE,NL", designation: true, endorsement: true), new DateOnly(2017, 3, 6));
        Assert.Equal(2, Failed(Check(c18, Engineer)).Count);
        Assert.Single(Failed(Check(c18, Engineer, designated: DesignatedInNovaScotia)));
        var open = Check(c18, Engineer, designated: DesignatedInNovaScotia, endorsement: EndorsementStage.NeedsAssessed);
        Assert.Empty(Failed(open));
        Assert.Contains(open, r => r.Outcome == RuleOutcome.Warning && r.Message.Contains("certificate of endorsement", StringComparison.Ordinal));
        Assert.Contains(Check(c18, Engineer, designated: DesignatedInNovaScotia, endorsement: EndorsementStage.Endorsed),
            r => r.Outcome == RuleOutcome.Passed && r.Message.Contains("endorsed", StringComparison.Ordinal));
        var inOntario = OfferSteps.Details(program: "C18") with { Location1Province = Province.ON };
        Assert.Contains(Failed(Check(c18, Engineer, inOntario, designated: DesignatedInNovaScotia, endorsement: EndorsementStage.Endorsed)),
            r => r.Field == nameof(OfferDetails.Location1Province));
    }

    [Fact]
    public void C16_is_for_work_outside_Quebec()
    {
        var c16 = Code("C16", Rules("0,1,2,3", excluded: "QC"));
        Assert.Empty(Failed(Check(c16, Engineer)));
        var quebec = OfferSteps.Details(program: "C16") with { Location2City = "Montréal", Location2Province = Province.QC };
        Assert.Equal(nameof(OfferDetails.Location1Province), Assert.Single(Failed(Check(c16, Engineer, quebec))).Field);
        Assert.Single(Failed(Check(c16, Retail)));
    }

    [Theory]
    [InlineData("USA", true)]
    [InlineData("MEX", true)]
    [InlineData("CAN", false)]
    [InlineData("GBR", false)]
    public void CUSMA_codes_are_for_citizens_of_the_United_States_and_Mexico(string citizenship, bool passes)
    {
        var t36 = Code("T36", Rules(citizenships: "USA,MEX"));
        var details = OfferSteps.Details(program: "T36") with { WorkerCitizenship = citizenship };
        Assert.Equal(passes, Failed(Check(t36, Engineer, details)).Count == 0);
    }

    [Fact]
    public void An_offer_is_judged_by_the_rules_in_force_on_its_day()
    {
        var pilotEnd = new DateOnly(2021, 12, 31);
        var pilot = ProgramRuleSet.Create("AIP-IS", new DateOnly(2017, 3, 6), Rules("0,1,2,3,4", indeterminate: "0,1,2,3,4", to: pilotEnd));
        var permanent = ProgramRuleSet.Create("AIP-IS", new DateOnly(2022, 3, 6), Rules("0,1,2,3,4", indeterminate: "4", months: 12));
        Assert.Same(pilot, ProgramRuleSet.InForce([pilot, permanent], pilotEnd));
        Assert.Null(ProgramRuleSet.InForce([pilot, permanent], pilotEnd.AddDays(1)));
        Assert.Null(ProgramRuleSet.InForce([pilot, permanent], new DateOnly(2022, 3, 5)));
        Assert.Same(permanent, ProgramRuleSet.InForce([pilot, permanent], new DateOnly(2022, 3, 6)));

        // A TEER 2 job with an end date: the pilot's Intermediate-Skilled class wanted it permanent; the program does not.
        var program = ImmigrationProgram.Create("AIP-IS", "Atlantic Intermediate-Skilled Class", ProgramKind.FederalRoute);
        var details = OfferSteps.Details() with { PathwayCode = "AIP-IS", EndDate = OfferSteps.Details().StartDate.AddYears(2) };
        var underPilot = Check(C10, Technician, details, pathway: new ProgramFacts(program, pilot, new HashSet<string>()), on: pilotEnd);
        Assert.Equal(nameof(OfferDetails.EndDate), Assert.Single(Failed(underPilot)).Field);
        Assert.All(underPilot.Where(r => r.Source is not null), r => Assert.Equal(new DateOnly(2017, 3, 6), r.InForceSince));
        Assert.Empty(Failed(Check(C10, Technician, details, pathway: new ProgramFacts(program, permanent, new HashSet<string>()), on: new DateOnly(2022, 3, 6))));
        // No rules in force on the day: the offer cannot be judged under it.
        var none = Failed(Check(C10, Technician, details, pathway: new ProgramFacts(program, null, new HashSet<string>()), on: new DateOnly(2022, 1, 15)));
        Assert.Equal(nameof(OfferDetails.PathwayCode), Assert.Single(none).Field);
    }

    [Fact]
    public void The_intermediate_skilled_class_of_Annex_A_takes_NOC_0_A_B_and_C()
    {
        Assert.Equal([0, 1, 2, 3, 4], AnnexA.EligibleTeers(AipClass.IntermediateSkilled));
        Assert.Equal([0, 1, 2, 3], AnnexA.EligibleTeers(AipClass.HighSkilled));
    }

    [Fact]
    public void An_occupation_list_and_a_province_are_both_required_when_the_pathway_says_so()
    {
        var atp = Pathway("ATP", Rules(provinces: "AB", list: true)) with { Occupations = new HashSet<string> { "21231" } };
        var details = OfferSteps.Details() with { PathwayCode = "ATP" };
        Assert.Single(Failed(Check(C10, Engineer, details, pathway: atp)));
        Assert.Equal(2, Failed(Check(C10, Cook, details, pathway: atp)).Count);
        var inAlberta = details with { Location2City = "Calgary", Location2Province = Province.AB };
        Assert.Empty(Failed(Check(C10, Engineer, inAlberta, pathway: atp)));
    }

    [Fact]
    public void A_pathway_cannot_be_the_exemption_code_and_a_code_cannot_be_the_pathway()
    {
        var aipAsCode = Failed(Check(Aip, Engineer, OfferSteps.Details(program: "AIP")));
        Assert.Equal(nameof(OfferDetails.ProgramCode), Assert.Single(aipAsCode).Field);
        var codeAsPathway = Failed(Check(C10, Engineer, OfferSteps.Details() with { PathwayCode = "C18" }, pathway: Code("C18", Rules())));
        Assert.Equal(nameof(OfferDetails.PathwayCode), Assert.Single(codeAsPathway).Field);
    }

    [Fact]
    public void A_draft_cannot_choose_a_retired_code_but_a_submitted_offer_keeps_its_own()
    {
        var retired = Code("C12", Rules(), active: false);
        var details = OfferSteps.Details(program: "C12");
        Assert.Single(Failed(Eligibility.Check(details, new EligibilityFacts(retired, null, Engineer, false, new HashSet<Province>(), null, Today))));
        Assert.Empty(Failed(Eligibility.Check(details, new EligibilityFacts(retired, null, Engineer, false, new HashSet<Province>(), null, Today) { Draft = false })));
    }

    [Fact]
    public void An_unknown_occupation_or_code_fails()
    {
        Assert.Single(Failed(Check(C10, null)));
        Assert.Single(Failed(Eligibility.Check(OfferSteps.Details(), new EligibilityFacts(null, null, Engineer, false, new HashSet<Province>(), null, Today))));
    }

    [Fact]
    public void Every_program_rule_names_its_source_and_the_day_it_took_effect()
    {
        var c88 = Code("C88", Rules("0,1,2,3", participating: true), new DateOnly(2023, 6, 27));
        var rules = Check(c88, Engineer, participating: true).Where(r => r.Outcome == RuleOutcome.Passed).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal(("Test source", new DateOnly(2023, 6, 27)), (r.Source, r.InForceSince!.Value)));
    }

    [Fact]
    public void Warnings_never_block()
    {
        var details = OfferSteps.Details() with { PassportNumber = "x", MainDuties = "Short.", MoreLocations = true };
        var results = Check(C10, Engineer, details);
        Assert.Equal(3, results.Count(r => r.Outcome == RuleOutcome.Warning));
        Assert.False(Eligibility.Blocks(results));
    }
}
