using System.ComponentModel.DataAnnotations;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic.Endorsements;

/// <summary>The candidate and the job of an endorsement case, checked against Annex A of (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A).</summary>
public sealed class CandidateInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the candidate's name."), StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Candidate's name")]
    public string CandidateName { get; set; } = string.Empty;

    [EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Candidate's email")]
    public string? CandidateEmail { get; set; }

    [Required(ErrorMessage = "Choose the province.")]
    [Display(Name = "Province of the job")]
    public Province? Province { get; set; }

    [Required(ErrorMessage = "Choose the class.")]
    [Display(Name = "Atlantic class")]
    public AipClass? Class { get; set; }

    [Required(ErrorMessage = "Choose the occupation (NOC 2021).")]
    [Display(Name = "Occupation (NOC 2021)")]
    public string OccupationCode { get; set; } = string.Empty;

    [Display(Name = "The job is full-time")]
    public bool FullTime { get; set; } = true;

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "End date (leave empty if indeterminate)")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Tested language results at CLB 4 or higher")]
    public bool LanguageTested { get; set; }

    [Display(Name = "Education meets the class (high school with an Educational Credential Assessment, or a two-year Atlantic diploma for graduates)")]
    public bool EducationMet { get; set; }

    [Display(Name = "One year of work experience related to the job (not needed for graduates)")]
    public bool WorkExperienceMet { get; set; }

    [Range(0, 20, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Family members coming")]
    public int FamilyMembersComing { get; set; }

    [StringLength(2000, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "About the family (ages of children, needs)")]
    public string? FamilyNotes { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartDate is { } start && EndDate is { } end && end <= start)
            yield return new ValidationResult("The end date must be after the start date.", [nameof(EndDate)]);
    }

    public CandidateDetails ToDetails() => new(
        CandidateName, CandidateEmail, Province!.Value, Class!.Value, OccupationCode, FullTime, StartDate, EndDate,
        LanguageTested, EducationMet, WorkExperienceMet, FamilyMembersComing, FamilyNotes);

    public static CandidateInput From(EndorsementCase c) => new()
    {
        CandidateName = c.CandidateName,
        CandidateEmail = c.CandidateEmail,
        Province = c.Province,
        Class = c.Class,
        OccupationCode = c.OccupationCode,
        FullTime = c.FullTime,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        LanguageTested = c.LanguageTested,
        EducationMet = c.EducationMet,
        WorkExperienceMet = c.WorkExperienceMet,
        FamilyMembersComing = c.FamilyMembersComing,
        FamilyNotes = c.FamilyNotes,
    };

    /// <summary>A new case for an offer starts from what the offer says about the worker and the job.</summary>
    public static CandidateInput From(Offer o) => new()
    {
        CandidateName = o.WorkerName,
        CandidateEmail = o.WorkerEmail,
        Province = o.WorkProvinces.FirstOrDefault(Provinces.Atlantic.Contains) is var p && Provinces.Atlantic.Contains(p) ? p : null,
        Class = AnnexA.ClassOfProgram(o.PathwayCode) ?? AnnexA.ClassOfProgram(o.ProgramCode),
        OccupationCode = o.OccupationCode,
        FullTime = o.HoursPerWeek >= ReferenceData.ProgramRuleSet.FullTimeHours,
        StartDate = o.StartDate,
        EndDate = o.EndDate,
    };
}
