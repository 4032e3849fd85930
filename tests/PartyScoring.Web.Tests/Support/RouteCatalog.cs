using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PartyScoring.Web.Tests.Support;

/// <summary>One controller action as the app itself registered it (never a hand-written list).</summary>
public sealed record RouteAction(
    string Controller, string Action, string Method, IReadOnlyList<(string Name, Type Type)> Parameters,
    bool Anonymous, AuthorizationPolicy? Policy)
{
    public string Key => $"{Method} {Controller}/{Action}";

    public override string ToString() => Key;
}

/// <summary>Reads every controller action, its HTTP method and its combined authorization policy from the app.</summary>
public static class RouteCatalog
{
    public static async Task<IReadOnlyList<RouteAction>> ActionsAsync(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IActionDescriptorCollectionProvider>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var fallback = await policies.GetFallbackPolicyAsync();
        var routes = new List<RouteAction>();
        foreach (var action in provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            var metadata = action.EndpointMetadata;
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>())
                         ?? fallback;
            var parameters = action.Parameters.Select(p => (p.Name, p.ParameterType)).ToList();
            foreach (var method in MethodsOf(action))
                routes.Add(new RouteAction(action.ControllerName, action.ActionName, method, parameters, anonymous, policy));
        }
        return routes.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the action's policy admits a signed-in user holding exactly this role.</summary>
    public static async Task<bool> AllowsAsync(IServiceProvider services, RouteAction route, string role)
    {
        if (route.Anonymous || route.Policy is null)
            return true;
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x"), new Claim(ClaimTypes.Role, role)], "Test"));
        var result = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, route.Policy);
        return result.Succeeded;
    }

    private static IEnumerable<string> MethodsOf(ActionDescriptor action)
    {
        var methods = action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList();
        if (methods is { Count: > 0 })
            return methods.Distinct();
        var metadata = action.EndpointMetadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        return metadata.Count > 0 ? metadata.Distinct() : ["GET"];
    }
}
