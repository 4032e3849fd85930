using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 12: controllers bind, call a handler, map the outcome. Their handlers come through the constructor, where a
/// reader sees every dependency at once, and no controller builds another to borrow its code.
/// </summary>
public sealed class ControllerShapeTests
{
    private static readonly IReadOnlyList<Type> Controllers = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();

    [Fact]
    public void NoActionTakesServicesFromServices()
    {
        var fromServices = Controllers
            .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Where(p => p.GetCustomAttribute<FromServicesAttribute>() is not null)
                .Select(p => $"{m.DeclaringType!.Name}.{m.Name}({p.Name})"))
            .ToList();

        Controllers.Should().HaveCountGreaterThan(20);
        fromServices.Should().BeEmpty();
    }

    [Fact]
    public void NoControllerDependsOnAnotherController()
    {
        var dependencies = Controllers
            .SelectMany(c => c.GetConstructors().SelectMany(k => k.GetParameters())
                .Concat(c.GetMethods(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Select(m => m.ReturnParameter))
                .Where(p => typeof(ControllerBase).IsAssignableFrom(p.ParameterType))
                .Select(p => $"{c.Name}: {p.ParameterType.Name}"))
            .ToList();

        dependencies.Should().BeEmpty();
    }
}
