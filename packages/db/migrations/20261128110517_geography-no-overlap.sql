-- A GSO code names at most one administrative unit on any day. Codes are reused across versions
-- (valid_to is the last day in force, inclusive), so the primary key (code, valid_from) alone cannot say it;
-- an exclusion constraint would need btree_gist, which PGlite does not load, hence a trigger.
CREATE OR REPLACE FUNCTION geography.refuse_overlapping_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM geography.administrative_units u
    WHERE u.code = NEW.code
      AND u.valid_from <> NEW.valid_from
      AND daterange(u.valid_from, u.valid_to, '[]') && daterange(NEW.valid_from, NEW.valid_to, '[]')
  ) THEN
    RAISE EXCEPTION 'administrative unit % already has a version in force between % and %',
      NEW.code, NEW.valid_from, coalesce(NEW.valid_to::text, 'now') USING ERRCODE = 'exclusion_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER administrative_units_no_overlap BEFORE INSERT OR UPDATE ON geography.administrative_units
  FOR EACH ROW EXECUTE FUNCTION geography.refuse_overlapping_unit();--> statement-breakpoint
COMMENT ON TABLE geography.administrative_units IS 'Versions of administrative units, identified by (code, valid_from); valid_to is the last day in force (inclusive). See modules/geography.';--> statement-breakpoint
COMMENT ON TABLE geography.unit_changes IS 'Old unit version -> new unit version (merge, unchanged, abolished), with the effective date and legal basis.';
