namespace PartyScoring.Domain.Members;

public enum Gender
{
    Male = 1,
    Female = 2,
}
