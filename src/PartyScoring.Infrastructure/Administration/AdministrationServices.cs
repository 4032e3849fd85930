using Microsoft.Extensions.DependencyInjection;

namespace PartyScoring.Infrastructure.Administration;

public static class AdministrationServices
{
    /// <summary>The organisation and user pages' use cases (issue 13 §2, §3).</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<OrganisationAdministration>();
        services.AddScoped<UserAdministration>();
        return services;
    }
}
