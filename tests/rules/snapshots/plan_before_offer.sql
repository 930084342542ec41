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
            "t0"."person_id",
            "t0"."benefit",
            "t0"."start_date",
            "t0"."end_date",
            "t0"."target_group",
            "t0"."first_contact_date",
            "t0"."first_absence_date",
            "t0"."sickness_category",
            "t0"."employed",
            "t0"."municipality",
            "t0"."work_obligation",
            "t0"."expected_absence_weeks",
            "t0"."handover_date",
            CASE
              WHEN (
                "t0"."end_date" IS NULL
              ) OR (
                "t0"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t0"."end_date"
            END AS "_end"
          FROM "benefit_periods" AS "t0"
          WHERE
            "t0"."start_date" <= CAST($as_of AS DATE)
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
)
SELECT
  "t29"."person_id",
  "t29"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t29"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t29"."window_start",
  CASE
    WHEN COALESCE("t29"."in_force", FALSE)
    THEN "t29"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t29"."in_force", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t29"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t29"."fulfilled_date" <= "t29"."due_date"
    )
    THEN 'met'
    WHEN "t29"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE(FALSE, FALSE)
    THEN 'exempt'
    WHEN "t29"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t29"."in_force", FALSE)
    THEN "t29"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t29"."in_force", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t29"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t29"."fulfilled_date" > "t29"."due_date"
    )
    THEN DATE_DIFF('DAY', "t29"."due_date", "t29"."fulfilled_date")
    WHEN NOT (
      "t29"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE(FALSE, FALSE)
    )
    AND (
      "t29"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t29"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE(
    CASE
      WHEN "t29"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE WHEN "t29"."needs_goal" THEN ' med jobmål' ELSE '' END || ' ' || CAST("t29"."fulfilled_date" AS TEXT)
      ELSE 'ingen Min Plan' || CASE WHEN "t29"."needs_goal" THEN ' med jobmål' ELSE '' END
    END || '; første tilbud ' || "t29"."offer_kind" || ' ' || CAST("t29"."due_date" AS TEXT),
    ''
  ) AS "evidence"
FROM (
  SELECT
    "t28".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
  FROM (
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
      "t20"."offer_kind",
      "t27"."person_id" AS "person_id_right",
      "t27"."benefit" AS "benefit_right",
      "t27"."start_date" AS "start_date_right",
      "t27"."fulfilled_date"
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
        )
        AND NOT (
          (
            "t12"."benefit" = 'sygedagpenge'
          )
          AND COALESCE("t12"."employed", FALSE)
          AND COALESCE(
            CASE
              WHEN "t12"."window_start" >= MAKE_DATE(2025, 1, 1)
              THEN TRUE
              WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN FALSE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
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
            "t5"."_pid",
            "t5"."_kind",
            "t5"."_start"
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
              "t1"."person_id" AS "_pid",
              "t1"."kind" AS "_kind",
              "t1"."start_date" AS "_start"
            FROM "offers" AS "t1"
            WHERE
              "t1"."start_date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t14"."person_id" = "t5"."_pid"
            AND "t5"."_start" >= "t14"."_ws"
            AND "t5"."_start" <= "t14"."_last"
        ) AS "t15"
        WHERE
          ARRAY_CONTAINS(
            COALESCE(
              CASE
                WHEN "t15"."_ws" >= MAKE_DATE(2020, 1, 1)
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
            "t15"."_kind"
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
    LEFT OUTER JOIN (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        "t25"."start_date",
        MIN("t25"."_date") AS "fulfilled_date"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t23"."person_id",
            "t23"."benefit",
            "t23"."start_date",
            "t23"."_ws",
            "t23"."_goal",
            "t6"."_pid",
            "t6"."_date",
            "t6"."_job"
          FROM (
            SELECT
              "t21"."person_id",
              "t21"."benefit",
              "t21"."start_date",
              "t21"."window_start" AS "_ws",
              "t21"."needs_goal" AS "_goal"
            FROM (
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
                  )
                  AND NOT (
                    (
                      "t12"."benefit" = 'sygedagpenge'
                    )
                    AND COALESCE("t12"."employed", FALSE)
                    AND COALESCE(
                      CASE
                        WHEN "t12"."window_start" >= MAKE_DATE(2025, 1, 1)
                        THEN TRUE
                        WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN FALSE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
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
                      "t5"."_pid",
                      "t5"."_kind",
                      "t5"."_start"
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
                        "t1"."person_id" AS "_pid",
                        "t1"."kind" AS "_kind",
                        "t1"."start_date" AS "_start"
                      FROM "offers" AS "t1"
                      WHERE
                        "t1"."start_date" <= CAST($as_of AS DATE)
                    ) AS "t5"
                      ON "t14"."person_id" = "t5"."_pid"
                      AND "t5"."_start" >= "t14"."_ws"
                      AND "t5"."_start" <= "t14"."_last"
                  ) AS "t15"
                  WHERE
                    ARRAY_CONTAINS(
                      COALESCE(
                        CASE
                          WHEN "t15"."_ws" >= MAKE_DATE(2020, 1, 1)
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
                      "t15"."_kind"
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
            ) AS "t21"
          ) AS "t23"
          INNER JOIN (
            SELECT
              "t2"."person_id" AS "_pid",
              "t2"."date" AS "_date",
              "t2"."has_job_goal" AS "_job"
            FROM "plans" AS "t2"
            WHERE
              "t2"."date" <= CAST($as_of AS DATE)
          ) AS "t6"
            ON "t23"."person_id" = "t6"."_pid" AND "t6"."_date" >= "t23"."_ws"
        ) AS "t24"
        WHERE
          NOT (
            "t24"."_goal"
          ) OR "t24"."_job"
      ) AS "t25"
      GROUP BY
        1,
        2,
        3
    ) AS "t27"
      ON "t17"."person_id" = "t27"."person_id"
      AND "t17"."benefit" = "t27"."benefit"
      AND "t17"."start_date" = "t27"."start_date"
  ) AS "t28"
) AS "t29"
