using System.Reflection;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>
/// Ids are assigned by the database in production, so the domain keeps their setters private.
/// Pure domain tests still need distinct ids (the calculator keys items by id, a reversal points at
/// a line id, organisation paths are built from ids): this is the one place that sets them, by reflection.
/// </summary>
internal static class Ids
{
    public static T Assign<T>(T entity, long id) where T : class
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id property.");
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType));
        return entity;
    }
}
