-- Content notes reviewed entry by entry against the rule in docs/editorial-policy.md (section 6):
-- an entry carries one when its page describes detention, torture, disappearance or killing, and
-- only then, so that the note means what it says.
--
-- Added: the Government of Chile (the MIR's leaders "captured or killed") and Santiago (a wave of
-- terror after the coup, concentration camps in the stadium and across the city).
-- Removed: Augusto Pinochet, the Chilean Army, the reorganisation of the army, DINA, Manuel
-- Contreras and Ché Guevara's fighting in Bolivia. Their pages say who led, created or fought,
-- but describe no detention, torture, disappearance or killing; the entries that do (the coup,
-- the mass arrests, the repression of the MIR) carry the note.
update entry
   set content_note = true,
       last_changed = timestamp with time zone '2026-11-25 01:00:00+00:00'
 where slug in ('chilean-government', 'santiago');

update entry
   set content_note = false,
       last_changed = timestamp with time zone '2026-11-25 01:00:00+00:00'
 where slug in ('augusto-pinochet', 'chilean-army', 'reorganisation-of-the-army', 'dina', 'manuel-contreras',
                'guevara-in-bolivia');
