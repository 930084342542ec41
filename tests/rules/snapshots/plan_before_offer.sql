WITH "t11" AS (
  SELECT
    "t10"."person_id",
    "t10"."benefit",
    "t10"."start_date",
    CASE
      WHEN "t10"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t10"."_end"
    END AS "end_date",
    "t10"."first_contact_date",
    "t10"."target_group",
    "t10"."first_absence_date",
    "t10"."sickness_category",
    "t10"."employed",
    "t10"."handover_date",
    "t10"."expected_absence_weeks",
    "t10"."work_obligation",
    "t10"."municipality",
    "t10"."periods",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t10"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t10"."first_contact_date", "t10"."start_date")
      ELSE "t10"."start_date"
    END AS "window_start"
  FROM (
    SELECT
      "t9"."person_id",
      "t9"."benefit",
      "t9"."_spell",
      MIN("t9"."start_date") AS "start_date",
      MAX("t9"."_end") AS "_end",
      FIRST("t9"."first_contact_date" ORDER BY "t9"."start_date") AS "first_contact_date",
      FIRST("t9"."target_group" ORDER BY "t9"."start_date") AS "target_group",
      FIRST("t9"."first_absence_date" ORDER BY "t9"."start_date") AS "first_absence_date",
      FIRST("t9"."sickness_category" ORDER BY "t9"."start_date") AS "sickness_category",
      FIRST("t9"."employed" ORDER BY "t9"."start_date") AS "employed",
      FIRST("t9"."handover_date" ORDER BY "t9"."start_date") AS "handover_date",
      FIRST("t9"."expected_absence_weeks" ORDER BY "t9"."start_date") AS "expected_absence_weeks",
      FIRST("t9"."work_obligation" ORDER BY "t9"."start_date") AS "work_obligation",
      FIRST("t9"."municipality" ORDER BY "t9"."start_date") AS "municipality",
      COUNT(*) AS "periods"
    FROM (
      SELECT
        "t8"."person_id",
        "t8"."benefit",
        "t8"."start_date",
        "t8"."end_date",
        "t8"."target_group",
        "t8"."first_contact_date",
        "t8"."first_absence_date",
        "t8"."sickness_category",
        "t8"."employed",
        "t8"."municipality",
        "t8"."work_obligation",
        "t8"."expected_absence_weeks",
        "t8"."handover_date",
        "t8"."_end",
        "t8"."_new",
        SUM("t8"."_new") OVER (
          PARTITION BY "t8"."person_id", "t8"."benefit"
          ORDER BY "t8"."start_date" ASC, "t8"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell"
      FROM (
        SELECT
          "t7"."person_id",
          "t7"."benefit",
          "t7"."start_date",
          "t7"."end_date",
          "t7"."target_group",
          "t7"."first_contact_date",
          "t7"."first_absence_date",
          "t7"."sickness_category",
          "t7"."employed",
          "t7"."municipality",
          "t7"."work_obligation",
          "t7"."expected_absence_weeks",
          "t7"."handover_date",
          "t7"."_end",
          CASE
            WHEN MAX("t7"."_end") OVER (
              PARTITION BY "t7"."person_id", "t7"."benefit"
              ORDER BY "t7"."start_date" ASC, "t7"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NULL
            THEN 1
            WHEN "t7"."start_date" > (
              MAX("t7"."_end") OVER (
                PARTITION BY "t7"."person_id", "t7"."benefit"
                ORDER BY "t7"."start_date" ASC, "t7"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) + INTERVAL '1' DAY
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."end_date",
            "t1"."target_group",
            "t1"."first_contact_date",
            "t1"."first_absence_date",
            "t1"."sickness_category",
            "t1"."employed",
            "t1"."municipality",
            "t1"."work_obligation",
            "t1"."expected_absence_weeks",
            "t1"."handover_date",
            CASE
              WHEN (
                "t1"."end_date" IS NULL
              ) OR (
                "t1"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t1"."end_date"
            END AS "_end"
          FROM "benefit_periods" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
        ) AS "t7"
      ) AS "t8"
    ) AS "t9"
    GROUP BY
      1,
      2,
      3
  ) AS "t10"
  WHERE
    "t10"."benefit" IN (
      'dagpenge',
      'foertidspension',
      'jobafklaring',
      'kontanthjaelp',
      'ledighedsydelse',
      'ressourceforloeb',
      'revalidering',
      'selvforsoergelsesydelse',
      'sygedagpenge',
      'uddannelseshjaelp'
    )
), "t21" AS (
  SELECT
    "t17"."person_id",
    "t17"."benefit",
    "t17"."start_date",
    "t17"."end_date",
    "t17"."first_contact_date",
    "t17"."target_group",
    "t17"."first_absence_date",
    "t17"."sickness_category",
    "t17"."employed",
    "t17"."handover_date",
    "t17"."expected_absence_weeks",
    "t17"."work_obligation",
    "t17"."municipality",
    "t17"."periods",
    "t17"."window_start",
    "t17"."needs_goal",
    "t17"."in_force",
    "t20"."due_date",
    "t20"."offer_kind"
  FROM (
    SELECT
      "t12"."person_id",
      "t12"."benefit",
      "t12"."start_date",
      "t12"."end_date",
      "t12"."first_contact_date",
      "t12"."target_group",
      "t12"."first_absence_date",
      "t12"."sickness_category",
      "t12"."employed",
      "t12"."handover_date",
      "t12"."expected_absence_weeks",
      "t12"."work_obligation",
      "t12"."municipality",
      "t12"."periods",
      "t12"."window_start",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t12"."benefit"
        )
        OR ARRAY_CONTAINS(
          CASE
            WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t12"."benefit" || ':' || COALESCE("t12"."target_group", '')
        ),
        FALSE
      ) AS "needs_goal",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp',
              'uddannelseshjaelp',
              'selvforsoergelsesydelse',
              'sygedagpenge',
              'jobafklaring',
              'ressourceforloeb',
              'ledighedsydelse',
              'revalidering',
              'foertidspension'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t12"."benefit"
        ),
        FALSE
      ) AS "in_force"
    FROM "t11" AS "t12"
  ) AS "t17"
  INNER JOIN (
    SELECT
      "t18"."person_id",
      "t18"."benefit",
      "t18"."start_date",
      MIN("t18"."_start") AS "due_date",
      FIRST("t18"."_kind" ORDER BY "t18"."_start") AS "offer_kind"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t14"."person_id",
          "t14"."benefit",
          "t14"."start_date",
          "t14"."_ws",
          "t14"."_last",
          "t6"."_pid",
          "t6"."_kind",
          "t6"."_start"
        FROM (
          SELECT
            "t12"."person_id",
            "t12"."benefit",
            "t12"."start_date",
            "t12"."window_start" AS "_ws",
            COALESCE("t12"."end_date", CAST($as_of AS DATE)) AS "_last"
          FROM "t11" AS "t12"
        ) AS "t14"
        INNER JOIN (
          SELECT
            "t2"."person_id" AS "_pid",
            "t2"."kind" AS "_kind",
            "t2"."start_date" AS "_start"
          FROM "offers" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t6"
          ON "t14"."person_id" = "t6"."_pid"
          AND "t6"."_start" >= "t14"."_ws"
          AND "t6"."_start" <= "t14"."_last"
      ) AS "t16"
      WHERE
        ARRAY_CONTAINS(
          COALESCE(
            CASE
              WHEN "t16"."_ws" >= MAKE_DATE(2020, 1, 1)
              THEN [
                'virksomhedspraktik',
                'loentilskud',
                'vejledning_opkvalificering',
                'nytteindsats',
                'oevrig_vejledning'
              ]
              ELSE CAST(NULL AS TEXT[])
            END,
            [
              'loentilskud',
              'nytteindsats',
              'oevrig_vejledning',
              'vejledning_opkvalificering',
              'virksomhedspraktik'
            ]
          ),
          "t16"."_kind"
        )
    ) AS "t18"
    GROUP BY
      1,
      2,
      3
  ) AS "t20"
    ON "t17"."person_id" = "t20"."person_id"
    AND "t17"."benefit" = "t20"."benefit"
    AND "t17"."start_date" = "t20"."start_date"
)
SELECT
  "t32"."person_id",
  "t32"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t32"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t32"."window_start",
  CASE
    WHEN COALESCE("t32"."in_force", FALSE)
    THEN "t32"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t32"."in_force", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t32"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t32"."fulfilled_date" <= "t32"."due_date"
    )
    THEN 'met'
    WHEN "t32"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE(FALSE, FALSE)
    THEN 'exempt'
    WHEN "t32"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t32"."in_force", FALSE)
    THEN "t32"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t32"."in_force", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t32"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t32"."fulfilled_date" > "t32"."due_date"
    )
    THEN DATE_DIFF('DAY', "t32"."due_date", "t32"."fulfilled_date")
    WHEN NOT (
      "t32"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE(FALSE, FALSE)
    )
    AND (
      "t32"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t32"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE(
    CASE
      WHEN "t32"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE WHEN "t32"."needs_goal" THEN ' med jobmål' ELSE '' END || ' ' || CAST("t32"."fulfilled_date" AS TEXT)
      ELSE 'ingen Min Plan' || CASE WHEN "t32"."needs_goal" THEN ' med jobmål' ELSE '' END
    END || '; første tilbud ' || "t32"."offer_kind" || ' ' || CAST("t32"."due_date" AS TEXT),
    ''
  ) AS "evidence"
FROM (
  SELECT
    "t31".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
  FROM (
    SELECT
      "t27"."person_id",
      "t27"."benefit",
      "t27"."start_date",
      "t27"."end_date",
      "t27"."first_contact_date",
      "t27"."target_group",
      "t27"."first_absence_date",
      "t27"."sickness_category",
      "t27"."employed",
      "t27"."handover_date",
      "t27"."expected_absence_weeks",
      "t27"."work_obligation",
      "t27"."municipality",
      "t27"."periods",
      "t27"."window_start",
      "t27"."needs_goal",
      "t27"."in_force",
      "t27"."due_date",
      "t27"."offer_kind",
      "t30"."person_id" AS "person_id_right",
      "t30"."benefit" AS "benefit_right",
      "t30"."start_date" AS "start_date_right",
      "t30"."fulfilled_date"
    FROM (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        "t22"."start_date",
        "t22"."end_date",
        "t22"."first_contact_date",
        "t22"."target_group",
        "t22"."first_absence_date",
        "t22"."sickness_category",
        "t22"."employed",
        "t22"."handover_date",
        "t22"."expected_absence_weeks",
        "t22"."work_obligation",
        "t22"."municipality",
        "t22"."periods",
        "t22"."window_start",
        "t22"."needs_goal",
        "t22"."in_force"
        AND NOT (
          (
            "t22"."benefit" = 'sygedagpenge'
          )
          AND COALESCE("t22"."employed", FALSE)
          AND COALESCE(
            CASE
              WHEN "t22"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN TRUE
              WHEN "t22"."due_date" >= MAKE_DATE(2020, 1, 1)
              THEN FALSE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
        ) AS "in_force",
        "t22"."due_date",
        "t22"."offer_kind"
      FROM "t21" AS "t22"
    ) AS "t27"
    LEFT OUTER JOIN (
      SELECT
        "t28"."person_id",
        "t28"."benefit",
        "t28"."start_date",
        MIN("t28"."_date") AS "fulfilled_date"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t24"."person_id",
            "t24"."benefit",
            "t24"."start_date",
            "t24"."_ws",
            "t24"."_goal",
            "t5"."_pid",
            "t5"."_date",
            "t5"."_job"
          FROM (
            SELECT
              "t22"."person_id",
              "t22"."benefit",
              "t22"."start_date",
              "t22"."window_start" AS "_ws",
              "t22"."needs_goal" AS "_goal"
            FROM "t21" AS "t22"
          ) AS "t24"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_date",
              "t0"."has_job_goal" AS "_job"
            FROM "plans" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t24"."person_id" = "t5"."_pid" AND "t5"."_date" >= "t24"."_ws"
        ) AS "t25"
        WHERE
          NOT (
            "t25"."_goal"
          ) OR "t25"."_job"
      ) AS "t28"
      GROUP BY
        1,
        2,
        3
    ) AS "t30"
      ON "t27"."person_id" = "t30"."person_id"
      AND "t27"."benefit" = "t30"."benefit"
      AND "t27"."start_date" = "t30"."start_date"
  ) AS "t31"
) AS "t32"
