import type { Migration } from '../db/migration'

/**
 * Statistics configuration per region: resident population (region-wide where `district_code` is '') with its
 * source and year, and the plan's numeric targets, each citing the seed document and line it comes from.
 * Kept as rows so an operator can add a region without a release; `region-plan-targets.ts` is the file the
 * shipped regions' rows are written from at start-up. The figures themselves are computed from the registry.
 */
export const statisticsMigrations: Migration[] = [
  {
    id: '0700_statistics',
    sql: `
      CREATE TABLE statistics_populations (
        region_code text NOT NULL,
        district_code text NOT NULL DEFAULT '',
        residents integer NOT NULL CHECK (residents > 0),
        year integer NOT NULL,
        source text NOT NULL CHECK (source <> ''),
        is_sample boolean NOT NULL,
        PRIMARY KEY (region_code, district_code)
      );

      CREATE TABLE statistics_plan_targets (
        region_code text NOT NULL,
        indicator text NOT NULL CHECK (indicator IN ('places_per_thousand', 'community_coverage_percent', 'demonstration_per_district')),
        year integer NOT NULL,
        value double precision NOT NULL CHECK (value >= 0),
        document text NOT NULL,
        file text NOT NULL,
        line integer NOT NULL CHECK (line > 0),
        quote text NOT NULL,
        PRIMARY KEY (region_code, indicator, year)
      );
    `
  }
]
