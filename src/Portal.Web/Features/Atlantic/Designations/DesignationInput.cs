using System.ComponentModel.DataAnnotations;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic.Designations;

/// <summary>
/// The designation form. Only formats are checked here, so a draft can be saved half done; what submission needs
/// comes from <see cref="DesignationApplication.ProblemsForSubmission"/> and is shown next to each field.
/// </summary>
public sealed class DesignationInput
{
    [Display(Name = "Province")]
    public Province? Province { get; set; }

    [StringLength(2000, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Your locations in the province (one address per line)")]
    public string? Locations { get; set; }

    [Display(Name = "Operating continuously in the province since")]
    public DateOnly? OperatingSince { get; set; }

    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Settlement service provider organization")]
    public string? ProviderName { get; set; }

    [StringLength(300, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Contact at the provider (name, email or phone)")]
    public string? ProviderContact { get; set; }

    [Display(Name = "Date of contact")]
    public DateOnly? ProviderContactedOn { get; set; }

    [Display(Name = "We commit to a welcoming workplace for newcomers and their families")]
    public bool WelcomingWorkplace { get; set; }

    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Training completed by")]
    public string? TrainingCompletedBy { get; set; }

    [Display(Name = "Training completed on")]
    public DateOnly? TrainingCompletedOn { get; set; }

    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Representative's name")]
    public string? RepresentativeName { get; set; }

    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Representative's title")]
    public string? RepresentativeTitle { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Representative's email")]
    public string? RepresentativeEmail { get; set; }

    [StringLength(30, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Representative's phone")]
    public string? RepresentativePhone { get; set; }

    [Display(Name = "I declare that the information in this application is true and complete, and that the organization has operated continuously under the same management in the province for the period stated")]
    public bool DeclarationAccepted { get; set; }

    public DesignationDetails ToDetails() => new(
        Locations, OperatingSince, ProviderName, ProviderContact, ProviderContactedOn, WelcomingWorkplace,
        TrainingCompletedBy, TrainingCompletedOn, RepresentativeName, RepresentativeTitle, RepresentativeEmail, RepresentativePhone,
        DeclarationAccepted);

    public static DesignationInput From(DesignationApplication a) => new()
    {
        Province = a.Province,
        Locations = a.Locations,
        OperatingSince = a.OperatingSince,
        ProviderName = a.ProviderName,
        ProviderContact = a.ProviderContact,
        ProviderContactedOn = a.ProviderContactedOn,
        WelcomingWorkplace = a.WelcomingWorkplace,
        TrainingCompletedBy = a.TrainingCompletedBy,
        TrainingCompletedOn = a.TrainingCompletedOn,
        RepresentativeName = a.RepresentativeName,
        RepresentativeTitle = a.RepresentativeTitle,
        RepresentativeEmail = a.RepresentativeEmail,
        RepresentativePhone = a.RepresentativePhone,
        DeclarationAccepted = a.DeclarationAccepted,
    };
}
