using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Organizations;

public static class MemberRoles
{
    public static string Name(MemberRole role, IStringLocalizer l) => role switch
    {
        MemberRole.EmployerOwner => l["Owner"],
        _ => l["HR staff"],
    };
}
