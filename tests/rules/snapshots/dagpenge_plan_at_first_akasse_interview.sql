WITH "t13" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    "t12"."start_date",
    "t12"."target_group",
    "t12"."early_followup_request_date",
    "t12"."education_order",
    "t12"."_rid",
    "t12"."_end",
    "t12"."_acc",
    "t12"."_switch",
    "t12"."_run",
    "t12"."_new",
    MAX(CASE WHEN "t12"."_new" = 1 THEN "t12"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t12"."person_id"
      ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t11"."person_id",
      "t11"."benefit",
      "t11"."start_date",
      "t11"."target_group",
      "t11"."early_followup_request_date",
      "t11"."education_order",
      "t11"."_rid",
      "t11"."_end",
      "t11"."_acc",
      "t11"."_switch",
      "t11"."_run",
      CASE
        WHEN (
          "t11"."_switch" = 1
        )
        OR (
          (
            MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t11"."start_date" > CAST(CAST(MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t11"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t11"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t11"."_end") OVER (
                    PARTITION BY "t11"."person_id", "t11"."_run"
                    ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t11"."_end") OVER (
                    PARTITION BY "t11"."person_id", "t11"."_run"
                    ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t11"."_end") OVER (
                      PARTITION BY "t11"."person_id", "t11"."_run"
                      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE)
              )
            )
          )
        )
        OR COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t11"."target_group") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t11"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t11"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t10"."person_id",
        "t10"."benefit",
        "t10"."start_date",
        "t10"."target_group",
        "t10"."early_followup_request_date",
        "t10"."education_order",
        "t10"."_rid",
        "t10"."_end",
        "t10"."_acc",
        "t10"."_switch",
        SUM("t10"."_switch") OVER (
          PARTITION BY "t10"."person_id"
          ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t9"."person_id",
          "t9"."benefit",
          "t9"."start_date",
          "t9"."target_group",
          "t9"."early_followup_request_date",
          "t9"."education_order",
          "t9"."_rid",
          "t9"."_end",
          "t9"."_acc",
          CASE
            WHEN LAG("t9"."benefit") OVER (
              PARTITION BY "t9"."person_id"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t9"."benefit") OVER (
              PARTITION BY "t9"."person_id"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t9"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t0"."person_id",
            "t0"."benefit",
            "t0"."start_date",
            "t0"."target_group",
            "t0"."early_followup_request_date",
            "t0"."education_order",
            "t0"."rowid" AS "_rid",
            CASE
              WHEN (
                "t0"."end_date" IS NULL
              ) OR (
                "t0"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t0"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t0"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t0"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t0"
          WHERE
            "t0"."start_date" <= CAST($as_of AS DATE)
        ) AS "t9"
      ) AS "t10"
    ) AS "t11"
  ) AS "t12"
), "t15" AS (
  SELECT
    *
  FROM "t13" AS "t14"
  WHERE
    "t14"."_acc"
), "t19" AS (
  SELECT
    "t17"."person_id",
    "t17"."benefit",
    MIN("t17"."start_date") AS "c1"
  FROM "t15" AS "t17"
  GROUP BY
    1,
    2
), "t28" AS (
  SELECT
    "t27"."person_id",
    "t27"."benefit",
    "t27"."c1",
    "t27"."c2"
  FROM (
    SELECT
      "t21"."person_id",
      "t21"."benefit",
      "t21"."c1",
      "t26"."person_id" AS "person_id_right",
      "t26"."benefit" AS "benefit_right",
      "t26"."c2"
    FROM "t19" AS "t21"
    LEFT OUTER JOIN (
      SELECT
        "t24"."person_id",
        "t24"."benefit",
        MIN("t24"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t22"."c1"
          FROM "t15" AS "t18"
          INNER JOIN "t19" AS "t22"
            ON "t18"."person_id" = "t22"."person_id" AND "t18"."benefit" = "t22"."benefit"
        ) AS "t23"
        WHERE
          "t23"."start_date" >= CAST(CAST("t23"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t23"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t24"
      GROUP BY
        1,
        2
    ) AS "t26"
      ON "t21"."person_id" = "t26"."person_id" AND "t21"."benefit" = "t26"."benefit"
  ) AS "t27"
), "t37" AS (
  SELECT
    "t36"."person_id",
    "t36"."benefit",
    "t36"."c1",
    "t36"."c2",
    "t36"."c3"
  FROM (
    SELECT
      "t30"."person_id",
      "t30"."benefit",
      "t30"."c1",
      "t30"."c2",
      "t35"."person_id" AS "person_id_right",
      "t35"."benefit" AS "benefit_right",
      "t35"."c3"
    FROM "t28" AS "t30"
    LEFT OUTER JOIN (
      SELECT
        "t33"."person_id",
        "t33"."benefit",
        MIN("t33"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t31"."c1",
            "t31"."c2"
          FROM "t15" AS "t18"
          INNER JOIN "t28" AS "t31"
            ON "t18"."person_id" = "t31"."person_id" AND "t18"."benefit" = "t31"."benefit"
        ) AS "t32"
        WHERE
          "t32"."start_date" >= CAST(CAST("t32"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t32"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t33"
      GROUP BY
        1,
        2
    ) AS "t35"
      ON "t30"."person_id" = "t35"."person_id" AND "t30"."benefit" = "t35"."benefit"
  ) AS "t36"
), "t63" AS (
  SELECT
    "t62"."person_id",
    "t62"."benefit",
    "t62"."_key" AS "start_date",
    CASE
      WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t62"."_end"
    END AS "end_date",
    "t4"."first_contact_date",
    "t4"."target_group",
    "t4"."first_absence_date",
    "t4"."sickness_category",
    "t4"."employed",
    "t4"."handover_date",
    "t4"."expected_absence_weeks",
    "t4"."work_obligation",
    "t4"."municipality",
    "t62"."early_followup_request_date",
    "t62"."education_order",
    "t62"."periods"
  FROM (
    SELECT
      "t60"."person_id",
      "t60"."benefit",
      "t60"."_key",
      MAX("t60"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t60"."_rid" ORDER BY "t60"."start_date") AS "_first",
      MIN("t60"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t60"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t14"."person_id",
          "t14"."benefit",
          "t14"."start_date",
          "t14"."_end",
          "t14"."_spell_start" AS "_key",
          "t14"."_acc",
          "t14"."_rid",
          "t14"."early_followup_request_date",
          "t14"."education_order"
        FROM "t13" AS "t14"
        WHERE
          NOT (
            "t14"."_acc"
          )
      ) AS "t16"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t58"."person_id",
          "t58"."benefit",
          "t58"."start_date",
          "t58"."_end",
          "t58"."_key",
          "t58"."_acc",
          "t58"."_rid",
          "t58"."early_followup_request_date",
          "t58"."education_order"
        FROM (
          SELECT
            "t57".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t56"."person_id",
              "t56"."benefit",
              "t56"."start_date",
              "t56"."target_group",
              "t56"."early_followup_request_date",
              "t56"."education_order",
              "t56"."_rid",
              "t56"."_end",
              "t56"."_acc",
              "t56"."_switch",
              "t56"."_run",
              "t56"."_new",
              "t56"."_spell_start",
              "t56"."c1",
              "t56"."c2",
              "t56"."c3",
              "t56"."c4",
              "t56"."c5",
              GREATEST(
                CASE
                  WHEN "t56"."c1" <= "t56"."start_date"
                  THEN "t56"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t56"."c2" <= "t56"."start_date"
                  THEN "t56"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t56"."c3" <= "t56"."start_date"
                  THEN "t56"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t56"."c4" <= "t56"."start_date"
                  THEN "t56"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t56"."c5" <= "t56"."start_date"
                  THEN "t56"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t18"."person_id",
                "t18"."benefit",
                "t18"."start_date",
                "t18"."target_group",
                "t18"."early_followup_request_date",
                "t18"."education_order",
                "t18"."_rid",
                "t18"."_end",
                "t18"."_acc",
                "t18"."_switch",
                "t18"."_run",
                "t18"."_new",
                "t18"."_spell_start",
                "t55"."c1",
                "t55"."c2",
                "t55"."c3",
                "t55"."c4",
                "t55"."c5"
              FROM "t15" AS "t18"
              INNER JOIN (
                SELECT
                  "t53".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t47"."person_id",
                    "t47"."benefit",
                    "t47"."c1",
                    "t47"."c2",
                    "t47"."c3",
                    "t47"."c4",
                    "t52"."person_id" AS "person_id_right",
                    "t52"."benefit" AS "benefit_right",
                    "t52"."c5"
                  FROM (
                    SELECT
                      "t45".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t39"."person_id",
                        "t39"."benefit",
                        "t39"."c1",
                        "t39"."c2",
                        "t39"."c3",
                        "t44"."person_id" AS "person_id_right",
                        "t44"."benefit" AS "benefit_right",
                        "t44"."c4"
                      FROM "t37" AS "t39"
                      LEFT OUTER JOIN (
                        SELECT
                          "t42"."person_id",
                          "t42"."benefit",
                          MIN("t42"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t18"."person_id",
                              "t18"."benefit",
                              "t18"."start_date",
                              "t18"."target_group",
                              "t18"."early_followup_request_date",
                              "t18"."education_order",
                              "t18"."_rid",
                              "t18"."_end",
                              "t18"."_acc",
                              "t18"."_switch",
                              "t18"."_run",
                              "t18"."_new",
                              "t18"."_spell_start",
                              "t40"."c1",
                              "t40"."c2",
                              "t40"."c3"
                            FROM "t15" AS "t18"
                            INNER JOIN "t37" AS "t40"
                              ON "t18"."person_id" = "t40"."person_id" AND "t18"."benefit" = "t40"."benefit"
                          ) AS "t41"
                          WHERE
                            "t41"."start_date" >= CAST(CAST("t41"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t41"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t42"
                        GROUP BY
                          1,
                          2
                      ) AS "t44"
                        ON "t39"."person_id" = "t44"."person_id" AND "t39"."benefit" = "t44"."benefit"
                    ) AS "t45"
                  ) AS "t47"
                  LEFT OUTER JOIN (
                    SELECT
                      "t50"."person_id",
                      "t50"."benefit",
                      MIN("t50"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t18"."person_id",
                          "t18"."benefit",
                          "t18"."start_date",
                          "t18"."target_group",
                          "t18"."early_followup_request_date",
                          "t18"."education_order",
                          "t18"."_rid",
                          "t18"."_end",
                          "t18"."_acc",
                          "t18"."_switch",
                          "t18"."_run",
                          "t18"."_new",
                          "t18"."_spell_start",
                          "t48"."c1",
                          "t48"."c2",
                          "t48"."c3",
                          "t48"."c4"
                        FROM "t15" AS "t18"
                        INNER JOIN (
                          SELECT
                            "t45".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t39"."person_id",
                              "t39"."benefit",
                              "t39"."c1",
                              "t39"."c2",
                              "t39"."c3",
                              "t44"."person_id" AS "person_id_right",
                              "t44"."benefit" AS "benefit_right",
                              "t44"."c4"
                            FROM "t37" AS "t39"
                            LEFT OUTER JOIN (
                              SELECT
                                "t42"."person_id",
                                "t42"."benefit",
                                MIN("t42"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t18"."person_id",
                                    "t18"."benefit",
                                    "t18"."start_date",
                                    "t18"."target_group",
                                    "t18"."early_followup_request_date",
                                    "t18"."education_order",
                                    "t18"."_rid",
                                    "t18"."_end",
                                    "t18"."_acc",
                                    "t18"."_switch",
                                    "t18"."_run",
                                    "t18"."_new",
                                    "t18"."_spell_start",
                                    "t40"."c1",
                                    "t40"."c2",
                                    "t40"."c3"
                                  FROM "t15" AS "t18"
                                  INNER JOIN "t37" AS "t40"
                                    ON "t18"."person_id" = "t40"."person_id" AND "t18"."benefit" = "t40"."benefit"
                                ) AS "t41"
                                WHERE
                                  "t41"."start_date" >= CAST(CAST("t41"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t41"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t42"
                              GROUP BY
                                1,
                                2
                            ) AS "t44"
                              ON "t39"."person_id" = "t44"."person_id" AND "t39"."benefit" = "t44"."benefit"
                          ) AS "t45"
                        ) AS "t48"
                          ON "t18"."person_id" = "t48"."person_id" AND "t18"."benefit" = "t48"."benefit"
                      ) AS "t49"
                      WHERE
                        "t49"."start_date" >= CAST(CAST("t49"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t49"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t50"
                    GROUP BY
                      1,
                      2
                  ) AS "t52"
                    ON "t47"."person_id" = "t52"."person_id" AND "t47"."benefit" = "t52"."benefit"
                ) AS "t53"
              ) AS "t55"
                ON "t18"."person_id" = "t55"."person_id" AND "t18"."benefit" = "t55"."benefit"
            ) AS "t56"
          ) AS "t57"
        ) AS "t58"
      ) AS "t59"
    ) AS "t60"
    GROUP BY
      1,
      2,
      3
  ) AS "t62"
  INNER JOIN (
    SELECT
      "t0"."rowid" AS "_frid",
      "t0"."first_contact_date",
      "t0"."target_group",
      "t0"."first_absence_date",
      "t0"."sickness_category",
      "t0"."employed",
      "t0"."handover_date",
      "t0"."expected_absence_weeks",
      "t0"."work_obligation",
      "t0"."municipality"
    FROM "benefit_periods" AS "t0"
  ) AS "t4"
    ON "t62"."_first" = "t4"."_frid"
)
SELECT
  "t81"."person_id",
  "t81"."benefit",
  'plan_before_offer' AS "kind",
  'dagpenge_plan_at_first_akasse_interview' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'LAB § 42; reformens ændringer af Min Plan er ikke læst'
    WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 42 (a-kassen udarbejder Min Plan ved første jobsamtale)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t81"."window_start",
  CASE
    WHEN COALESCE("t81"."is_applicable", FALSE)
    THEN "t81"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t81"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t81"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t81"."fulfilled_date" <= "t81"."due_date"
    )
    THEN 'met'
    WHEN "t81"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t81"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t81"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t81"."is_applicable", FALSE)
    THEN "t81"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t81"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t81"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t81"."fulfilled_date" > "t81"."due_date"
    )
    THEN DATE_DIFF('DAY', "t81"."due_date", "t81"."fulfilled_date")
    WHEN NOT (
      "t81"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t81"."is_exempt", FALSE)
    )
    AND (
      "t81"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t81"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t81"."is_applicable", FALSE)
              THEN "t81"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t81"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t81"."is_applicable", FALSE)
              THEN "t81"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t81"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_plan_at_first_akasse_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t81"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t80"."person_id",
    "t80"."benefit",
    "t80"."start_date",
    "t80"."end_date",
    "t80"."first_contact_date",
    "t80"."target_group",
    "t80"."first_absence_date",
    "t80"."sickness_category",
    "t80"."employed",
    "t80"."handover_date",
    "t80"."expected_absence_weeks",
    "t80"."work_obligation",
    "t80"."municipality",
    "t80"."early_followup_request_date",
    "t80"."education_order",
    "t80"."periods",
    "t80"."window_start",
    "t80"."due_date",
    "t80"."fulfilled_date",
    COALESCE(
      CASE
        WHEN "t80"."window_start" >= MAKE_DATE(2026, 7, 1)
        THEN TRUE
        WHEN "t80"."window_start" >= MAKE_DATE(2024, 1, 1)
        THEN TRUE
        ELSE CAST(NULL AS BOOLEAN)
      END,
      FALSE
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t80"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t80"."fulfilled_date" AS TEXT) IS NULL
        OR CAST("t80"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'Min Plan ',
          CAST("t80"."fulfilled_date" AS TEXT),
          '; a-kassens første jobsamtale ',
          CAST("t80"."due_date" AS TEXT)
        )
      END
      ELSE CASE
        WHEN CAST("t80"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ingen Min Plan fra a-kassens første jobsamtale ', CAST("t80"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t79".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t67"."person_id",
        "t67"."benefit",
        "t67"."start_date",
        "t67"."end_date",
        "t67"."first_contact_date",
        "t67"."target_group",
        "t67"."first_absence_date",
        "t67"."sickness_category",
        "t67"."employed",
        "t67"."handover_date",
        "t67"."expected_absence_weeks",
        "t67"."work_obligation",
        "t67"."municipality",
        "t67"."early_followup_request_date",
        "t67"."education_order",
        "t67"."periods",
        "t67"."window_start",
        "t72"."due_date",
        "t78"."person_id" AS "person_id_right",
        "t78"."benefit" AS "benefit_right",
        "t78"."start_date" AS "start_date_right",
        "t78"."fulfilled_date"
      FROM (
        SELECT
          "t64"."person_id",
          "t64"."benefit",
          "t64"."start_date",
          "t64"."end_date",
          "t64"."first_contact_date",
          "t64"."target_group",
          "t64"."first_absence_date",
          "t64"."sickness_category",
          "t64"."employed",
          "t64"."handover_date",
          "t64"."expected_absence_weeks",
          "t64"."work_obligation",
          "t64"."municipality",
          "t64"."early_followup_request_date",
          "t64"."education_order",
          "t64"."periods",
          "t64"."start_date" AS "window_start"
        FROM "t63" AS "t64"
        WHERE
          "t64"."benefit" IN ('dagpenge')
      ) AS "t67"
      INNER JOIN (
        SELECT
          "t70"."person_id",
          "t70"."benefit",
          "t70"."start_date",
          MIN("t70"."date") AS "due_date"
        FROM (
          SELECT
            "t69"."person_id",
            "t69"."benefit",
            "t69"."start_date",
            "t69"."date",
            CASE
              WHEN "t69"."kind" IS NULL
              OR CAST("t69"."date" AS TEXT) IS NULL
              OR "t69"."form" IS NULL
              OR "t69"."held_by" IS NULL
              THEN NULL
              ELSE CONCAT("t69"."kind", ' ', CAST("t69"."date" AS TEXT), ' (', "t69"."form", ', ', "t69"."held_by", ')')
            END AS "description"
          FROM (
            SELECT
              "t68"."person_id",
              "t68"."benefit",
              "t68"."start_date",
              "t68"."window_start",
              "t68"."_first",
              "t68"."_last",
              "t8"."person_id" AS "person_id_right",
              "t8"."date",
              "t8"."kind",
              "t8"."form",
              "t8"."held_by",
              "t8"."status",
              "t8"."individual",
              "t8"."caseworker_id",
              "t8"."purpose"
            FROM (
              SELECT
                "t64"."person_id",
                "t64"."benefit",
                "t64"."start_date",
                "t64"."start_date" AS "window_start",
                "t64"."start_date" AS "_first",
                COALESCE("t64"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t63" AS "t64"
              WHERE
                "t64"."benefit" IN ('dagpenge')
            ) AS "t68"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t2"
              WHERE
                "t2"."status" = 'afholdt'
                AND COALESCE("t2"."individual", TRUE)
                AND "t2"."date" <= CAST($as_of AS DATE)
                AND "t2"."kind" IN ('jobsamtale')
            ) AS "t8"
              ON "t68"."person_id" = "t8"."person_id"
              AND "t8"."date" >= "t68"."_first"
              AND "t8"."date" <= "t68"."_last"
          ) AS "t69"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t69"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t69"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t69"."form"
              ),
              FALSE
            )
        ) AS "t70"
        GROUP BY
          1,
          2,
          3
      ) AS "t72"
        ON "t67"."person_id" = "t72"."person_id"
        AND "t67"."benefit" = "t72"."benefit"
        AND "t67"."start_date" = "t72"."start_date"
      LEFT OUTER JOIN (
        SELECT
          "t76"."person_id",
          "t76"."benefit",
          "t76"."start_date",
          MIN("t76"."_d") AS "fulfilled_date"
        FROM (
          SELECT
            "t75"."person_id",
            "t75"."benefit",
            "t75"."start_date",
            "t75"."_ws",
            "t75"."_last",
            "t7"."_pid",
            "t7"."_d"
          FROM (
            SELECT
              "t73"."person_id",
              "t73"."benefit",
              "t73"."start_date",
              "t73"."window_start" AS "_ws",
              COALESCE("t73"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM (
              SELECT
                "t67"."person_id",
                "t67"."benefit",
                "t67"."start_date",
                "t67"."end_date",
                "t67"."first_contact_date",
                "t67"."target_group",
                "t67"."first_absence_date",
                "t67"."sickness_category",
                "t67"."employed",
                "t67"."handover_date",
                "t67"."expected_absence_weeks",
                "t67"."work_obligation",
                "t67"."municipality",
                "t67"."early_followup_request_date",
                "t67"."education_order",
                "t67"."periods",
                "t67"."window_start",
                "t72"."due_date"
              FROM (
                SELECT
                  "t64"."person_id",
                  "t64"."benefit",
                  "t64"."start_date",
                  "t64"."end_date",
                  "t64"."first_contact_date",
                  "t64"."target_group",
                  "t64"."first_absence_date",
                  "t64"."sickness_category",
                  "t64"."employed",
                  "t64"."handover_date",
                  "t64"."expected_absence_weeks",
                  "t64"."work_obligation",
                  "t64"."municipality",
                  "t64"."early_followup_request_date",
                  "t64"."education_order",
                  "t64"."periods",
                  "t64"."start_date" AS "window_start"
                FROM "t63" AS "t64"
                WHERE
                  "t64"."benefit" IN ('dagpenge')
              ) AS "t67"
              INNER JOIN (
                SELECT
                  "t70"."person_id",
                  "t70"."benefit",
                  "t70"."start_date",
                  MIN("t70"."date") AS "due_date"
                FROM (
                  SELECT
                    "t69"."person_id",
                    "t69"."benefit",
                    "t69"."start_date",
                    "t69"."date",
                    CASE
                      WHEN "t69"."kind" IS NULL
                      OR CAST("t69"."date" AS TEXT) IS NULL
                      OR "t69"."form" IS NULL
                      OR "t69"."held_by" IS NULL
                      THEN NULL
                      ELSE CONCAT("t69"."kind", ' ', CAST("t69"."date" AS TEXT), ' (', "t69"."form", ', ', "t69"."held_by", ')')
                    END AS "description"
                  FROM (
                    SELECT
                      "t68"."person_id",
                      "t68"."benefit",
                      "t68"."start_date",
                      "t68"."window_start",
                      "t68"."_first",
                      "t68"."_last",
                      "t8"."person_id" AS "person_id_right",
                      "t8"."date",
                      "t8"."kind",
                      "t8"."form",
                      "t8"."held_by",
                      "t8"."status",
                      "t8"."individual",
                      "t8"."caseworker_id",
                      "t8"."purpose"
                    FROM (
                      SELECT
                        "t64"."person_id",
                        "t64"."benefit",
                        "t64"."start_date",
                        "t64"."start_date" AS "window_start",
                        "t64"."start_date" AS "_first",
                        COALESCE("t64"."end_date", CAST($as_of AS DATE)) AS "_last"
                      FROM "t63" AS "t64"
                      WHERE
                        "t64"."benefit" IN ('dagpenge')
                    ) AS "t68"
                    INNER JOIN (
                      SELECT
                        *
                      FROM "conversations" AS "t2"
                      WHERE
                        "t2"."status" = 'afholdt'
                        AND COALESCE("t2"."individual", TRUE)
                        AND "t2"."date" <= CAST($as_of AS DATE)
                        AND "t2"."kind" IN ('jobsamtale')
                    ) AS "t8"
                      ON "t68"."person_id" = "t8"."person_id"
                      AND "t8"."date" >= "t68"."_first"
                      AND "t8"."date" <= "t68"."_last"
                  ) AS "t69"
                  WHERE
                    COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t69"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN ['akasse']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t69"."held_by"
                      ),
                      FALSE
                    )
                    AND COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN ['personligt', 'telefon', 'video']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t69"."form"
                      ),
                      FALSE
                    )
                ) AS "t70"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t72"
                ON "t67"."person_id" = "t72"."person_id"
                AND "t67"."benefit" = "t72"."benefit"
                AND "t67"."start_date" = "t72"."start_date"
            ) AS "t73"
          ) AS "t75"
          INNER JOIN (
            SELECT
              "t1"."person_id" AS "_pid",
              "t1"."date" AS "_d"
            FROM "plans" AS "t1"
            WHERE
              "t1"."date" <= CAST($as_of AS DATE)
          ) AS "t7"
            ON "t75"."person_id" = "t7"."_pid"
            AND "t7"."_d" >= "t75"."_ws"
            AND "t7"."_d" <= "t75"."_last"
        ) AS "t76"
        GROUP BY
          1,
          2,
          3
      ) AS "t78"
        ON "t67"."person_id" = "t78"."person_id"
        AND "t67"."benefit" = "t78"."benefit"
        AND "t67"."start_date" = "t78"."start_date"
    ) AS "t79"
  ) AS "t80"
) AS "t81"
