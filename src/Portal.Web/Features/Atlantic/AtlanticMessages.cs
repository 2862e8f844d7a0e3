using Microsoft.Extensions.Localization;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic;

/// <summary>The sentences of the Atlantic pages: statuses, classes and why a step was refused.</summary>
public static class AtlanticMessages
{
    public static string Province(Province p, IStringLocalizer l) => l[Provinces.DisplayNameKey(p)];

    public static string Describe(DesignationProblem problem, IStringLocalizer l, Province province, DateOnly? operatingSince = null, int? months = null) => problem switch
    {
        DesignationProblem.NotAtlantic => l["Designation is only for the Atlantic provinces: New Brunswick, Nova Scotia, Prince Edward Island, and Newfoundland and Labrador."],
        DesignationProblem.OperationTooShort when operatingSince is not null =>
            l["Designation needs two years of continuous operation in {0}. Operating there since {1} makes {2} months: apply again once two years have passed.", Province(province, l), operatingSince.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), months ?? 0],
        DesignationProblem.OperationTooShort => l["Enter the date your organization started operating in {0}: designation needs two years of continuous operation there.", Province(province, l)],
        DesignationProblem.OperationDateInFuture => l["The date cannot be in the future."],
        DesignationProblem.ProviderMissing => l["Enter the settlement service provider organization you contacted."],
        DesignationProblem.ProviderContactMissing => l["Enter the person you spoke to at the settlement provider, with their email or phone."],
        DesignationProblem.ProviderContactDateMissing => l["Enter the date you contacted the settlement provider."],
        DesignationProblem.DateInFuture => l["The date cannot be in the future."],
        DesignationProblem.WelcomingWorkplaceMissing => l["Commit to a welcoming workplace: it is a condition of designation."],
        DesignationProblem.TrainingMissing => l["Enter who completed the onboarding and intercultural competency training, and when."],
        DesignationProblem.TrainingCertificateMissing => l["Upload the training certificate (PDF, PNG or JPEG)."],
        DesignationProblem.LocationsMissing => l["List your organization's locations in the province."],
        DesignationProblem.RepresentativeMissing => l["Enter the representative's name and an email or phone."],
        DesignationProblem.DeclarationMissing => l["Accept the declaration to submit the application."],
        DesignationProblem.DraftCannotBeDecided => l["This application is still a draft: the employer has not submitted it, so there is nothing to decide."],
        DesignationProblem.OwnApplication => l["You cannot decide an application you made or submitted."],
        DesignationProblem.NumberMissing => l["Enter the designation number."],
        DesignationProblem.ExpiryNotAfterToday => l["The expiry must be after today."],
        DesignationProblem.ReasonMissing => l["Say why: the employer sees it."],
        _ => l["That step is not possible for this application now."],
    };

    public static string Status(DesignationStatus s, IStringLocalizer l) => s switch
    {
        DesignationStatus.Draft => l["Draft"],
        DesignationStatus.Submitted => l["Submitted for review"],
        DesignationStatus.ChangesRequested => l["Changes requested"],
        DesignationStatus.Approved => l["Designated"],
        DesignationStatus.Refused => l["Refused"],
        _ => l["Withdrawn"],
    };

    public static string Badge(DesignationStatus s) => s switch
    {
        DesignationStatus.Approved => "text-bg-success",
        DesignationStatus.Refused => "text-bg-danger",
        DesignationStatus.ChangesRequested => "text-bg-warning",
        DesignationStatus.Submitted => "text-bg-primary",
        _ => "text-bg-secondary",
    };

    public static string Class(AipClass c, IStringLocalizer l) => l[AnnexA.Name(c)];

    public static string Stage(EndorsementStage s, IStringLocalizer l) => s switch
    {
        EndorsementStage.Open => l["Needs assessment to come"],
        EndorsementStage.NeedsAssessed => l["Settlement plan to come"],
        EndorsementStage.PlanReceived => l["Waiting for the certificate of endorsement"],
        _ => l["Endorsed"],
    };

    public static string Describe(EndorsementProblem problem, IStringLocalizer l, Province province) => problem switch
    {
        EndorsementProblem.NotAtlantic => l["Endorsement is only for the Atlantic provinces: New Brunswick, Nova Scotia, Prince Edward Island, and Newfoundland and Labrador."],
        EndorsementProblem.NotDesignated => l["Your organization is not designated in {0}: only a designated employer can ask for an endorsement there. Apply for designation first.", Province(province, l)],
        EndorsementProblem.DateInFuture => l["The date cannot be in the future."],
        EndorsementProblem.ProviderMissing => l["Enter the settlement provider that did the needs assessment."],
        EndorsementProblem.DateMissing => l["Enter the date."],
        EndorsementProblem.PlanMissing => l["Upload the settlement plan (PDF, PNG or JPEG)."],
        EndorsementProblem.AssessmentFirst => l["Record the needs assessment first: the settlement plan comes from it."],
        EndorsementProblem.CertificateNumberMissing => l["Enter the number of the certificate of endorsement."],
        _ => l["Record the settlement plan first: the province endorses a candidate once the plan is ready."],
    };

    public static string Kind(CommitmentKind k, IStringLocalizer l) => k switch
    {
        CommitmentKind.EarlyTransportation => l["Early transportation"],
        CommitmentKind.Housing => l["Help finding housing"],
        CommitmentKind.LanguageTraining => l["Language training"],
        CommitmentKind.Childcare => l["Childcare"],
        CommitmentKind.ConnectWithProvider => l["Connecting the family with the settlement provider"],
        _ => l["Other support"],
    };

    public static string Status(CommitmentStatus s, IStringLocalizer l) => s switch
    {
        CommitmentStatus.Planned => l["Planned"],
        CommitmentStatus.InProgress => l["In progress"],
        CommitmentStatus.Done => l["Done"],
        _ => l["Not needed"],
    };

    public static string Describe(CommitmentProblem problem, IStringLocalizer l, DateOnly earliest) => problem switch
    {
        CommitmentProblem.DueBeforeOffer => l["A commitment cannot be due before the offer or the case existed ({0}).", earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
        CommitmentProblem.DescriptionMissing => l["Describe the commitment."],
        CommitmentProblem.ReasonMissing => l["Say why the commitment is not needed."],
        _ => l["The date cannot be in the future."],
    };

    public static string Outcome(RuleOutcome o, IStringLocalizer l) => o switch
    {
        RuleOutcome.Passed => l["Passed"],
        RuleOutcome.Failed => l["Failed"],
        RuleOutcome.Warning => l["Warning"],
        _ => l["Note"],
    };
}
