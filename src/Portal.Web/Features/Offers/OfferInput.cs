using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Portal.Web.Features.Organizations;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers;

/// <summary>The offer form: the worker, the job, the program, the attestations.</summary>
public sealed class OfferInput : IValidatableObject
{
    /// <summary>Identifies this form: a second post of it finds the offer the first one created.</summary>
    public Guid CreationToken { get; set; } = Guid.NewGuid();

    [Required(ErrorMessage = "Enter the worker's family name as on the passport."), StringLength(100, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Family name")]
    public string WorkerFamilyName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the worker's given names as on the passport."), StringLength(100, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Given names")]
    public string WorkerGivenNames { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the worker's date of birth.")]
    [Display(Name = "Date of birth")]
    public DateOnly? WorkerDateOfBirth { get; set; }

    [Required(ErrorMessage = "Choose the country of citizenship.")]
    [Display(Name = "Country of citizenship")]
    public string WorkerCitizenship { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the passport number exactly as on the passport."), StringLength(20, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Passport number")]
    public string PassportNumber { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the worker's email address."), EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Worker's email")]
    public string WorkerEmail { get; set; } = string.Empty;

    [Display(Name = "The worker is in Canada now")]
    public bool WorkerInsideCanada { get; set; }

    [Required(ErrorMessage = "Enter the job title."), StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Job title")]
    public string JobTitle { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the occupation (NOC 2021).")]
    [Display(Name = "Occupation (NOC 2021)")]
    public string OccupationCode { get; set; } = string.Empty;

    [Required(ErrorMessage = "Describe the main duties."), StringLength(4000, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Main duties")]
    public string MainDuties { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the wage.")]
    [Range(typeof(decimal), "0.01", "10000000", ErrorMessage = "Enter a wage between {1} and {2}.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    [Display(Name = "Wage (CAD)")]
    public decimal? Wage { get; set; }

    [Required(ErrorMessage = "Choose how the wage is counted.")]
    [Display(Name = "Per")]
    public WageUnit? WageUnit { get; set; } = Portal.Web.Features.Offers.WageUnit.Hour;

    [Required(ErrorMessage = "Enter the hours per week.")]
    [Range(typeof(decimal), "1", "168", ErrorMessage = "Enter between {1} and {2} hours per week.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    [Display(Name = "Hours per week")]
    public decimal? HoursPerWeek { get; set; }

    [Display(Name = "The job is seasonal")]
    public bool Seasonal { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Indeterminate (no end date)")]
    public bool Indeterminate { get; set; }

    [Required(ErrorMessage = "Enter the city of the work location."), StringLength(100, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "City")]
    public string Location1City { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the province or territory.")]
    [Display(Name = "Province or territory")]
    public Province? Location1Province { get; set; }

    [StringLength(100, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Second location: city")]
    public string? Location2City { get; set; }

    [Display(Name = "Second location: province or territory")]
    public Province? Location2Province { get; set; }

    [Display(Name = "There are more than two work locations (list them in the main duties)")]
    public bool MoreLocations { get; set; }

    [Required(ErrorMessage = "Choose the LMIA exemption code.")]
    [Display(Name = "LMIA exemption code")]
    public string ProgramCode { get; set; } = string.Empty;

    [Display(Name = "Provincial or permanent-residence pathway the offer also supports (optional)")]
    public string? PathwayCode { get; set; }

    [Required(ErrorMessage = "Explain why the exemption applies."), StringLength(4000, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Why the exemption applies")]
    public string ExemptionExplanation { get; set; } = string.Empty;

    [Display(Name = "A signed employment agreement, in the worker's chosen official language, is given to the worker.")]
    public bool AttestAgreement { get; set; }

    [Display(Name = "No recruitment or compliance fee is recovered from the worker.")]
    public bool AttestNoFees { get; set; }

    [Display(Name = "The worker will have the same occupation, and wages and conditions not less favourable than offered.")]
    public bool AttestSameConditions { get; set; }

    [Display(Name = "We make reasonable efforts toward a workplace free of abuse.")]
    public bool AttestAbuseFree { get; set; }

    [Display(Name = "Information on workers' rights in Canada is given to the worker on or before the first day of work.")]
    public bool AttestWorkersRights { get; set; }

    [Display(Name = "We make reasonable efforts to give the worker access to health care when injured or ill at work.")]
    public bool AttestHealthCare { get; set; }

    [Display(Name = "No recruiter we use charges the worker a fee.")]
    public bool AttestNoRecruiterFees { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The portal's clock (tests move it), from the request's services.
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var today = clock.Today();
        var l = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        string T(string text) => l?[text] ?? text;
        if (WorkerDateOfBirth is { } born && (born >= today || born < today.AddYears(-100)))
            yield return new ValidationResult(T("Enter a real date of birth."), [nameof(WorkerDateOfBirth)]);
        if (!Indeterminate && EndDate is null)
            yield return new ValidationResult(T("Enter the end date, or tick 'Indeterminate'."), [nameof(EndDate)]);
        if (!Indeterminate && EndDate is { } end && StartDate is { } s && end <= s)
            yield return new ValidationResult(T("The end date must be after the start date."), [nameof(EndDate)]);
        if (!string.IsNullOrWhiteSpace(Location2City) && Location2Province is null)
            yield return new ValidationResult(T("Choose the province or territory of the second location."), [nameof(Location2Province)]);
    }

    public OfferDetails ToDetails() => new(
        WorkerFamilyName, WorkerGivenNames, WorkerDateOfBirth!.Value, WorkerCitizenship, PassportNumber, WorkerEmail, WorkerInsideCanada,
        JobTitle, OccupationCode, MainDuties, Wage!.Value, WageUnit!.Value, HoursPerWeek!.Value, Seasonal, StartDate!.Value,
        Indeterminate ? null : EndDate, Location1City, Location1Province!.Value, Location2City, Location2Province, MoreLocations,
        ProgramCode, string.IsNullOrWhiteSpace(PathwayCode) ? null : PathwayCode, ExemptionExplanation,
        AttestAgreement, AttestNoFees, AttestSameConditions, AttestAbuseFree, AttestWorkersRights, AttestHealthCare, AttestNoRecruiterFees);

    public static OfferInput From(Offer o) => new()
    {
        CreationToken = o.CreationToken,
        WorkerFamilyName = o.WorkerFamilyName, WorkerGivenNames = o.WorkerGivenNames, WorkerDateOfBirth = o.WorkerDateOfBirth,
        WorkerCitizenship = o.WorkerCitizenship, PassportNumber = o.PassportNumber, WorkerEmail = o.WorkerEmail, WorkerInsideCanada = o.WorkerInsideCanada,
        JobTitle = o.JobTitle, OccupationCode = o.OccupationCode, MainDuties = o.MainDuties, Wage = o.Wage, WageUnit = o.WageUnit,
        HoursPerWeek = o.HoursPerWeek, Seasonal = o.Seasonal, StartDate = o.StartDate, EndDate = o.EndDate, Indeterminate = o.EndDate is null,
        Location1City = o.Location1City, Location1Province = o.Location1Province, Location2City = o.Location2City, Location2Province = o.Location2Province,
        MoreLocations = o.MoreLocations, ProgramCode = o.ProgramCode, PathwayCode = o.PathwayCode, ExemptionExplanation = o.ExemptionExplanation,
        AttestAgreement = o.AttestAgreement, AttestNoFees = o.AttestNoFees, AttestSameConditions = o.AttestSameConditions, AttestAbuseFree = o.AttestAbuseFree,
        AttestWorkersRights = o.AttestWorkersRights, AttestHealthCare = o.AttestHealthCare, AttestNoRecruiterFees = o.AttestNoRecruiterFees,
    };
}
