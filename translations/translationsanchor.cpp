// The comptoir_translations library only carries the embedded .qm resources; a static
// library needs one object file of its own.
namespace comptoir {
int translationsAnchor()
{
    return 0;
}
} // namespace comptoir
