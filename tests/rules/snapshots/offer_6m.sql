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
            "t2"."person_id",
            "t2"."benefit",
            "t2"."start_date",
            "t2"."target_group",
            "t2"."early_followup_request_date",
            "t2"."education_order",
            "t2"."rowid" AS "_rid",
            CASE
              WHEN (
                "t2"."end_date" IS NULL
              ) OR (
                "t2"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t2"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t2"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
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
), "t60" AS (
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
), "t68" AS (
  SELECT
    "t65"."person_id",
    "t65"."benefit",
    "t65"."start_date",
    "t65"."end_date",
    "t65"."first_contact_date",
    "t65"."target_group",
    "t65"."first_absence_date",
    "t65"."sickness_category",
    "t65"."employed",
    "t65"."handover_date",
    "t65"."expected_absence_weeks",
    "t65"."work_obligation",
    "t65"."municipality",
    "t65"."early_followup_request_date",
    "t65"."education_order",
    "t65"."periods",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t65"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
      ELSE "t65"."start_date"
    END AS "window_start"
  FROM (
    SELECT
      "t64"."person_id",
      "t64"."benefit",
      "t64"."_key" AS "start_date",
      CASE
        WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t64"."_end"
      END AS "end_date",
      "t6"."first_contact_date",
      "t6"."target_group",
      "t6"."first_absence_date",
      "t6"."sickness_category",
      "t6"."employed",
      "t6"."handover_date",
      "t6"."expected_absence_weeks",
      "t6"."work_obligation",
      "t6"."municipality",
      "t64"."early_followup_request_date",
      "t64"."education_order",
      "t64"."periods"
    FROM (
      SELECT
        "t61"."person_id",
        "t61"."benefit",
        "t61"."_key",
        MAX("t61"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
        MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM "t60" AS "t61"
      GROUP BY
        1,
        2,
        3
    ) AS "t64"
    INNER JOIN (
      SELECT
        "t2"."rowid" AS "_frid",
        "t2"."first_contact_date",
        "t2"."target_group",
        "t2"."first_absence_date",
        "t2"."sickness_category",
        "t2"."employed",
        "t2"."handover_date",
        "t2"."expected_absence_weeks",
        "t2"."work_obligation",
        "t2"."municipality"
      FROM "benefit_periods" AS "t2"
    ) AS "t6"
      ON "t64"."_first" = "t6"."_frid"
  ) AS "t65"
  WHERE
    "t65"."benefit" IN ('dagpenge', 'kontanthjaelp')
)
SELECT
  "t98"."person_id",
  "t98"."benefit",
  'offer_6m' AS "kind",
  'offer_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t98"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, svar på spørgsmål fra webinar 21.1.2026 (tilbud til 75 %)'
    WHEN "t98"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 102, stk. 1'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t98"."window_start",
  CASE
    WHEN COALESCE("t98"."is_applicable", FALSE)
    THEN "t98"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t98"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t98"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t98"."fulfilled_date" <= COALESCE("t98"."on_time_until", "t98"."due_date")
    )
    THEN 'met'
    WHEN "t98"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t98"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t98"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t98"."is_applicable", FALSE)
    THEN "t98"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t98"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t98"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t98"."fulfilled_date" > COALESCE("t98"."on_time_until", "t98"."due_date")
    )
    THEN DATE_DIFF('DAY', COALESCE("t98"."on_time_until", "t98"."due_date"), "t98"."fulfilled_date")
    WHEN NOT (
      "t98"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t98"."is_exempt", FALSE)
    )
    AND (
      "t98"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t98"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t98"."is_applicable", FALSE)
              THEN "t98"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t98"."window_start"
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
              WHEN COALESCE("t98"."is_applicable", FALSE)
              THEN "t98"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t98"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'offer_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t98"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t97"."person_id",
    "t97"."benefit",
    "t97"."start_date",
    "t97"."end_date",
    "t97"."first_contact_date",
    "t97"."target_group",
    "t97"."first_absence_date",
    "t97"."sickness_category",
    "t97"."employed",
    "t97"."handover_date",
    "t97"."expected_absence_weeks",
    "t97"."work_obligation",
    "t97"."municipality",
    "t97"."early_followup_request_date",
    "t97"."education_order",
    "t97"."periods",
    "t97"."window_start",
    "t97"."in_force",
    "t97"."_end_unconfirmed",
    "t97"."due0",
    "t97"."exemption_start",
    "t97"."exemption_end",
    "t97"."exemption_reason",
    "t97"."due_date",
    "t97"."fulfilled_date",
    "t97"."offer_kind",
    "t97"."offer_end",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['loentilskud']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t97"."offer_kind"
        ),
        FALSE
      )
      THEN CAST(CAST("t97"."due_date" + TO_DAYS(
        COALESCE(
          CASE
            WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 3
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        ) * 7
      ) AS TIMESTAMP) AS DATE)
      ELSE "t97"."due_date"
    END AS "on_time_until",
    "t97"."in_force"
    AND NOT (
      (
        "t97"."end_date" IS NOT NULL
      )
      AND (
        "t97"."end_date" < "t97"."due_date"
      )
      AND (
        "t97"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t97"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t97"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN "t97"."_end_unconfirmed"
      THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CASE
        WHEN "t97"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t97"."offer_kind" IS NULL
          OR CAST("t97"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t97"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t97"."offer_kind",
            ' ',
            CAST("t97"."fulfilled_date" AS TEXT),
            '–',
            CAST("t97"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t97"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t97"."end_date" IS NOT NULL
        )
        AND (
          "t97"."end_date" < "t97"."due_date"
        )
        AND (
          "t97"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t97"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t97"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      WHEN CASE
        WHEN "t97"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t97"."exemption_start" AS TEXT) IS NULL
          OR CAST("t97"."exemption_end" AS TEXT) IS NULL
          OR "t97"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t97"."exemption_start" AS TEXT),
            '–',
            CAST("t97"."exemption_end" AS TEXT),
            ' (',
            "t97"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t97"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t97"."offer_kind" IS NULL
          OR CAST("t97"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t97"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t97"."offer_kind",
            ' ',
            CAST("t97"."fulfilled_date" AS TEXT),
            '–',
            CAST("t97"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t97"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t97"."end_date" IS NOT NULL
        )
        AND (
          "t97"."end_date" < "t97"."due_date"
        )
        AND (
          "t97"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t97"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t97"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      ELSE CASE
        WHEN "t97"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t97"."offer_kind" IS NULL
          OR CAST("t97"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t97"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t97"."offer_kind",
            ' ',
            CAST("t97"."fulfilled_date" AS TEXT),
            '–',
            CAST("t97"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t97"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t97"."end_date" IS NOT NULL
        )
        AND (
          "t97"."end_date" < "t97"."due_date"
        )
        AND (
          "t97"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t97"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t97"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END || '; ' || CASE
        WHEN "t97"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t97"."exemption_start" AS TEXT) IS NULL
          OR CAST("t97"."exemption_end" AS TEXT) IS NULL
          OR "t97"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t97"."exemption_start" AS TEXT),
            '–',
            CAST("t97"."exemption_end" AS TEXT),
            ' (',
            "t97"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t96".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t95"."person_id",
        "t95"."benefit",
        "t95"."start_date",
        "t95"."end_date",
        "t95"."first_contact_date",
        "t95"."target_group",
        "t95"."first_absence_date",
        "t95"."sickness_category",
        "t95"."employed",
        "t95"."handover_date",
        "t95"."expected_absence_weeks",
        "t95"."work_obligation",
        "t95"."municipality",
        "t95"."early_followup_request_date",
        "t95"."education_order",
        "t95"."periods",
        "t95"."window_start",
        "t95"."in_force",
        "t95"."_end_unconfirmed",
        "t95"."due0",
        "t95"."exemption_start",
        "t95"."exemption_end",
        "t95"."exemption_reason",
        "t95"."due_date",
        "t82"."person_id" AS "person_id_right",
        "t82"."benefit" AS "benefit_right",
        "t82"."start_date" AS "start_date_right",
        "t82"."fulfilled_date",
        "t82"."offer_kind",
        "t82"."offer_end"
      FROM (
        SELECT
          "t93"."person_id",
          "t93"."benefit",
          "t93"."start_date",
          "t93"."end_date",
          "t93"."first_contact_date",
          "t93"."target_group",
          "t93"."first_absence_date",
          "t93"."sickness_category",
          "t93"."employed",
          "t93"."handover_date",
          "t93"."expected_absence_weeks",
          "t93"."work_obligation",
          "t93"."municipality",
          "t93"."early_followup_request_date",
          "t93"."education_order",
          "t93"."periods",
          "t93"."window_start",
          "t93"."in_force",
          "t93"."_end_unconfirmed",
          "t93"."due0",
          "t93"."exemption_start",
          "t93"."exemption_end",
          "t93"."exemption_reason",
          CASE
            WHEN "t93"."exemption_end" IS NOT NULL
            THEN CAST(CAST("t93"."exemption_end" + TO_MONTHS(
              CASE
                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 1
                ELSE CAST(NULL AS BIGINT)
              END
            ) AS TIMESTAMP) AS DATE)
            ELSE "t93"."due0"
          END AS "due_date"
        FROM (
          SELECT
            "t92".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t86"."person_id",
              "t86"."benefit",
              "t86"."start_date",
              "t86"."end_date",
              "t86"."first_contact_date",
              "t86"."target_group",
              "t86"."first_absence_date",
              "t86"."sickness_category",
              "t86"."employed",
              "t86"."handover_date",
              "t86"."expected_absence_weeks",
              "t86"."work_obligation",
              "t86"."municipality",
              "t86"."early_followup_request_date",
              "t86"."education_order",
              "t86"."periods",
              "t86"."window_start",
              "t86"."in_force",
              "t86"."_end_unconfirmed",
              "t86"."due0",
              "t91"."person_id" AS "person_id_right",
              "t91"."benefit" AS "benefit_right",
              "t91"."start_date" AS "start_date_right",
              "t91"."exemption_start",
              "t91"."exemption_end",
              "t91"."exemption_reason"
            FROM (
              SELECT
                "t84".*
                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
              FROM (
                SELECT
                  "t83"."person_id",
                  "t83"."benefit",
                  "t83"."start_date",
                  "t83"."end_date",
                  "t83"."first_contact_date",
                  "t83"."target_group",
                  "t83"."first_absence_date",
                  "t83"."sickness_category",
                  "t83"."employed",
                  "t83"."handover_date",
                  "t83"."expected_absence_weeks",
                  "t83"."work_obligation",
                  "t83"."municipality",
                  "t83"."early_followup_request_date",
                  "t83"."education_order",
                  "t83"."periods",
                  "t83"."window_start",
                  "t83"."in_force",
                  "t83"."_end_unconfirmed",
                  "t83"."_plain",
                  "t83"."_needed",
                  "t83"."_ipid",
                  "t83"."_ibenefit",
                  "t83"."_istart",
                  "t83"."_i_start",
                  "t83"."_i_end",
                  "t83"."_cum",
                  CASE
                    WHEN "t83"."_i_start" IS NOT NULL
                    THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                    ELSE "t83"."_plain"
                  END AS "due0"
                FROM (
                  SELECT
                    "t76"."person_id",
                    "t76"."benefit",
                    "t76"."start_date",
                    "t76"."end_date",
                    "t76"."first_contact_date",
                    "t76"."target_group",
                    "t76"."first_absence_date",
                    "t76"."sickness_category",
                    "t76"."employed",
                    "t76"."handover_date",
                    "t76"."expected_absence_weeks",
                    "t76"."work_obligation",
                    "t76"."municipality",
                    "t76"."early_followup_request_date",
                    "t76"."education_order",
                    "t76"."periods",
                    "t76"."window_start",
                    "t76"."in_force",
                    "t76"."_end_unconfirmed",
                    "t76"."_plain",
                    "t76"."_needed",
                    "t80"."_ipid",
                    "t80"."_ibenefit",
                    "t80"."_istart",
                    "t80"."_i_start",
                    "t80"."_i_end",
                    "t80"."_cum"
                  FROM (
                    SELECT
                      "t69"."person_id",
                      "t69"."benefit",
                      "t69"."start_date",
                      "t69"."end_date",
                      "t69"."first_contact_date",
                      "t69"."target_group",
                      "t69"."first_absence_date",
                      "t69"."sickness_category",
                      "t69"."employed",
                      "t69"."handover_date",
                      "t69"."expected_absence_weeks",
                      "t69"."work_obligation",
                      "t69"."municipality",
                      "t69"."early_followup_request_date",
                      "t69"."education_order",
                      "t69"."periods",
                      "t69"."window_start",
                      (
                        CASE
                          WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN CAST(NULL AS BIGINT)
                          WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['dagpenge', 'kontanthjaelp']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t69"."benefit"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          "t69"."target_group" IS NULL
                        )
                        OR COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobparat', 'aktivitetsparat']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t69"."target_group"
                          ),
                          FALSE
                        )
                      ) AS "in_force",
                      COALESCE(
                        (
                          CASE
                            WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN [
                                'kontanthjaelp:aktivitetsparat',
                                'kontanthjaelp:uddannelsesparat',
                                'uddannelseshjaelp:aktivitetsparat',
                                'uddannelseshjaelp:uddannelsesparat',
                                'jobafklaring',
                                'ressourceforloeb',
                                'revalidering'
                              ]
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t69"."benefit"
                          )
                          OR ARRAY_CONTAINS(
                            CASE
                              WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN [
                                'kontanthjaelp:aktivitetsparat',
                                'kontanthjaelp:uddannelsesparat',
                                'uddannelseshjaelp:aktivitetsparat',
                                'uddannelseshjaelp:uddannelsesparat',
                                'jobafklaring',
                                'ressourceforloeb',
                                'revalidering'
                              ]
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            CASE WHEN "t69"."benefit" IS NULL THEN NULL ELSE CONCAT("t69"."benefit", ':') END || COALESCE("t69"."target_group", '')
                          ),
                          FALSE
                        ),
                        FALSE
                      ) AS "_end_unconfirmed",
                      CAST(CAST("t69"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                      DATE_DIFF(
                        'DAY',
                        "t69"."window_start",
                        CAST(CAST("t69"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                      ) AS "_needed"
                    FROM "t68" AS "t69"
                  ) AS "t76"
                  LEFT OUTER JOIN (
                    SELECT
                      "t77"."person_id" AS "_ipid",
                      "t77"."benefit" AS "_ibenefit",
                      "t77"."start_date" AS "_istart",
                      "t77"."i_start" AS "_i_start",
                      "t77"."i_end" AS "_i_end",
                      "t77"."cum_before" AS "_cum"
                    FROM (
                      SELECT
                        "t73"."person_id",
                        "t73"."benefit",
                        "t73"."_key" AS "start_date",
                        "t73"."i_start",
                        "t73"."i_end",
                        CAST(COALESCE(
                          SUM("t73"."_len") OVER (
                            PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                            ORDER BY "t73"."i_start" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ),
                          0
                        ) AS INT) AS "cum_before"
                      FROM (
                        SELECT
                          "t70"."person_id",
                          "t70"."benefit",
                          "t70"."_key",
                          "t70"."_island",
                          "t70"."i_start",
                          "t70"."i_end",
                          CASE
                            WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                            THEN 0
                            ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                          END AS "_len"
                        FROM (
                          SELECT
                            "t67"."person_id",
                            "t67"."benefit",
                            "t67"."_key",
                            "t67"."_island",
                            MIN("t67"."start_date") AS "i_start",
                            MAX("t67"."_end") AS "i_end"
                          FROM (
                            SELECT
                              "t66"."person_id",
                              "t66"."benefit",
                              "t66"."start_date",
                              "t66"."_end",
                              "t66"."_key",
                              "t66"."_acc",
                              "t66"."_rid",
                              "t66"."early_followup_request_date",
                              "t66"."education_order",
                              "t66"."_new",
                              SUM("t66"."_new") OVER (
                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS "_island"
                            FROM (
                              SELECT
                                "t62"."person_id",
                                "t62"."benefit",
                                "t62"."start_date",
                                "t62"."_end",
                                "t62"."_key",
                                "t62"."_acc",
                                "t62"."_rid",
                                "t62"."early_followup_request_date",
                                "t62"."education_order",
                                CASE
                                  WHEN MAX("t62"."_end") OVER (
                                    PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                    ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ) IS NULL
                                  THEN 1
                                  WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                    PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                    ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                  THEN 1
                                  ELSE 0
                                END AS "_new"
                              FROM (
                                SELECT
                                  *
                                FROM "t60" AS "t61"
                                WHERE
                                  "t61"."_acc"
                              ) AS "t62"
                            ) AS "t66"
                          ) AS "t67"
                          GROUP BY
                            1,
                            2,
                            3,
                            4
                        ) AS "t70"
                      ) AS "t73"
                    ) AS "t77"
                  ) AS "t80"
                    ON "t76"."person_id" = "t80"."_ipid"
                    AND "t76"."benefit" = "t80"."_ibenefit"
                    AND "t76"."start_date" = "t80"."_istart"
                    AND "t80"."_cum" < "t76"."_needed"
                    AND (
                      (
                        "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                      )
                      OR (
                        (
                          "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                        ) >= "t76"."_needed"
                      )
                    )
                ) AS "t83"
              ) AS "t84"
            ) AS "t86"
            LEFT OUTER JOIN (
              SELECT
                "t89"."person_id",
                "t89"."benefit",
                "t89"."start_date",
                FIRST("t89"."_ex_start" ORDER BY "t89"."_ex_end" DESC) AS "exemption_start",
                MAX("t89"."_ex_end") AS "exemption_end",
                FIRST("t89"."_ex_reason" ORDER BY "t89"."_ex_end" DESC) AS "exemption_reason"
              FROM (
                SELECT
                  "t88"."person_id",
                  "t88"."benefit",
                  "t88"."start_date",
                  "t88"."_day",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t85"."person_id",
                    "t85"."benefit",
                    "t85"."start_date",
                    "t85"."due0" AS "_day"
                  FROM (
                    SELECT
                      "t84".*
                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                    FROM (
                      SELECT
                        "t83"."person_id",
                        "t83"."benefit",
                        "t83"."start_date",
                        "t83"."end_date",
                        "t83"."first_contact_date",
                        "t83"."target_group",
                        "t83"."first_absence_date",
                        "t83"."sickness_category",
                        "t83"."employed",
                        "t83"."handover_date",
                        "t83"."expected_absence_weeks",
                        "t83"."work_obligation",
                        "t83"."municipality",
                        "t83"."early_followup_request_date",
                        "t83"."education_order",
                        "t83"."periods",
                        "t83"."window_start",
                        "t83"."in_force",
                        "t83"."_end_unconfirmed",
                        "t83"."_plain",
                        "t83"."_needed",
                        "t83"."_ipid",
                        "t83"."_ibenefit",
                        "t83"."_istart",
                        "t83"."_i_start",
                        "t83"."_i_end",
                        "t83"."_cum",
                        CASE
                          WHEN "t83"."_i_start" IS NOT NULL
                          THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                          ELSE "t83"."_plain"
                        END AS "due0"
                      FROM (
                        SELECT
                          "t76"."person_id",
                          "t76"."benefit",
                          "t76"."start_date",
                          "t76"."end_date",
                          "t76"."first_contact_date",
                          "t76"."target_group",
                          "t76"."first_absence_date",
                          "t76"."sickness_category",
                          "t76"."employed",
                          "t76"."handover_date",
                          "t76"."expected_absence_weeks",
                          "t76"."work_obligation",
                          "t76"."municipality",
                          "t76"."early_followup_request_date",
                          "t76"."education_order",
                          "t76"."periods",
                          "t76"."window_start",
                          "t76"."in_force",
                          "t76"."_end_unconfirmed",
                          "t76"."_plain",
                          "t76"."_needed",
                          "t80"."_ipid",
                          "t80"."_ibenefit",
                          "t80"."_istart",
                          "t80"."_i_start",
                          "t80"."_i_end",
                          "t80"."_cum"
                        FROM (
                          SELECT
                            "t69"."person_id",
                            "t69"."benefit",
                            "t69"."start_date",
                            "t69"."end_date",
                            "t69"."first_contact_date",
                            "t69"."target_group",
                            "t69"."first_absence_date",
                            "t69"."sickness_category",
                            "t69"."employed",
                            "t69"."handover_date",
                            "t69"."expected_absence_weeks",
                            "t69"."work_obligation",
                            "t69"."municipality",
                            "t69"."early_followup_request_date",
                            "t69"."education_order",
                            "t69"."periods",
                            "t69"."window_start",
                            (
                              CASE
                                WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN ['dagpenge', 'kontanthjaelp']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t69"."benefit"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                "t69"."target_group" IS NULL
                              )
                              OR COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['jobparat', 'aktivitetsparat']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t69"."target_group"
                                ),
                                FALSE
                              )
                            ) AS "in_force",
                            COALESCE(
                              (
                                CASE
                                  WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              AND COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN [
                                      'kontanthjaelp:aktivitetsparat',
                                      'kontanthjaelp:uddannelsesparat',
                                      'uddannelseshjaelp:aktivitetsparat',
                                      'uddannelseshjaelp:uddannelsesparat',
                                      'jobafklaring',
                                      'ressourceforloeb',
                                      'revalidering'
                                    ]
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t69"."benefit"
                                )
                                OR ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN [
                                      'kontanthjaelp:aktivitetsparat',
                                      'kontanthjaelp:uddannelsesparat',
                                      'uddannelseshjaelp:aktivitetsparat',
                                      'uddannelseshjaelp:uddannelsesparat',
                                      'jobafklaring',
                                      'ressourceforloeb',
                                      'revalidering'
                                    ]
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  CASE WHEN "t69"."benefit" IS NULL THEN NULL ELSE CONCAT("t69"."benefit", ':') END || COALESCE("t69"."target_group", '')
                                ),
                                FALSE
                              ),
                              FALSE
                            ) AS "_end_unconfirmed",
                            CAST(CAST("t69"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                            DATE_DIFF(
                              'DAY',
                              "t69"."window_start",
                              CAST(CAST("t69"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t69"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t69"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                            ) AS "_needed"
                          FROM "t68" AS "t69"
                        ) AS "t76"
                        LEFT OUTER JOIN (
                          SELECT
                            "t77"."person_id" AS "_ipid",
                            "t77"."benefit" AS "_ibenefit",
                            "t77"."start_date" AS "_istart",
                            "t77"."i_start" AS "_i_start",
                            "t77"."i_end" AS "_i_end",
                            "t77"."cum_before" AS "_cum"
                          FROM (
                            SELECT
                              "t73"."person_id",
                              "t73"."benefit",
                              "t73"."_key" AS "start_date",
                              "t73"."i_start",
                              "t73"."i_end",
                              CAST(COALESCE(
                                SUM("t73"."_len") OVER (
                                  PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                  ORDER BY "t73"."i_start" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ),
                                0
                              ) AS INT) AS "cum_before"
                            FROM (
                              SELECT
                                "t70"."person_id",
                                "t70"."benefit",
                                "t70"."_key",
                                "t70"."_island",
                                "t70"."i_start",
                                "t70"."i_end",
                                CASE
                                  WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                  THEN 0
                                  ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                                END AS "_len"
                              FROM (
                                SELECT
                                  "t67"."person_id",
                                  "t67"."benefit",
                                  "t67"."_key",
                                  "t67"."_island",
                                  MIN("t67"."start_date") AS "i_start",
                                  MAX("t67"."_end") AS "i_end"
                                FROM (
                                  SELECT
                                    "t66"."person_id",
                                    "t66"."benefit",
                                    "t66"."start_date",
                                    "t66"."_end",
                                    "t66"."_key",
                                    "t66"."_acc",
                                    "t66"."_rid",
                                    "t66"."early_followup_request_date",
                                    "t66"."education_order",
                                    "t66"."_new",
                                    SUM("t66"."_new") OVER (
                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "_island"
                                  FROM (
                                    SELECT
                                      "t62"."person_id",
                                      "t62"."benefit",
                                      "t62"."start_date",
                                      "t62"."_end",
                                      "t62"."_key",
                                      "t62"."_acc",
                                      "t62"."_rid",
                                      "t62"."early_followup_request_date",
                                      "t62"."education_order",
                                      CASE
                                        WHEN MAX("t62"."_end") OVER (
                                          PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                          ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) IS NULL
                                        THEN 1
                                        WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                          PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                          ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                        THEN 1
                                        ELSE 0
                                      END AS "_new"
                                    FROM (
                                      SELECT
                                        *
                                      FROM "t60" AS "t61"
                                      WHERE
                                        "t61"."_acc"
                                    ) AS "t62"
                                  ) AS "t66"
                                ) AS "t67"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4
                              ) AS "t70"
                            ) AS "t73"
                          ) AS "t77"
                        ) AS "t80"
                          ON "t76"."person_id" = "t80"."_ipid"
                          AND "t76"."benefit" = "t80"."_ibenefit"
                          AND "t76"."start_date" = "t80"."_istart"
                          AND "t80"."_cum" < "t76"."_needed"
                          AND (
                            (
                              "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                            )
                            OR (
                              (
                                "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                              ) >= "t76"."_needed"
                            )
                          )
                      ) AS "t83"
                    ) AS "t84"
                  ) AS "t85"
                ) AS "t88"
                INNER JOIN (
                  SELECT
                    "t1"."person_id" AS "_pid",
                    "t1"."start_date" AS "_ex_start",
                    "t1"."end_date" AS "_ex_end",
                    "t1"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t1"
                  WHERE
                    "t1"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t88"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t88"."_day"
                  AND "t8"."_ex_end" >= "t88"."_day"
              ) AS "t89"
              GROUP BY
                1,
                2,
                3
            ) AS "t91"
              ON "t86"."person_id" = "t91"."person_id"
              AND "t86"."benefit" = "t91"."benefit"
              AND "t86"."start_date" = "t91"."start_date"
          ) AS "t92"
        ) AS "t93"
      ) AS "t95"
      LEFT OUTER JOIN (
        SELECT
          "t78"."person_id",
          "t78"."benefit",
          "t78"."start_date",
          MIN("t78"."_start") AS "fulfilled_date",
          FIRST("t78"."_kind" ORDER BY "t78"."_start") AS "offer_kind",
          FIRST("t78"."_end" ORDER BY "t78"."_start") AS "offer_end"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t72"."person_id",
              "t72"."benefit",
              "t72"."start_date",
              "t72"."_ws",
              "t72"."_last",
              "t7"."_pid",
              "t7"."_kind",
              "t7"."_start",
              "t7"."_end"
            FROM (
              SELECT
                "t69"."person_id",
                "t69"."benefit",
                "t69"."start_date",
                "t69"."window_start" AS "_ws",
                COALESCE("t69"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t68" AS "t69"
            ) AS "t72"
            INNER JOIN (
              SELECT
                "t0"."person_id" AS "_pid",
                "t0"."kind" AS "_kind",
                "t0"."start_date" AS "_start",
                "t0"."end_date" AS "_end"
              FROM "offers" AS "t0"
              WHERE
                "t0"."start_date" <= CAST($as_of AS DATE)
            ) AS "t7"
              ON "t72"."person_id" = "t7"."_pid"
              AND "t7"."_start" >= "t72"."_ws"
              AND "t7"."_start" <= "t72"."_last"
          ) AS "t74"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t74"."_ws" >= MAKE_DATE(2020, 1, 1)
                  THEN [
                    'virksomhedspraktik',
                    'loentilskud',
                    'vejledning_opkvalificering',
                    'nytteindsats'
                  ]
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t74"."_kind"
              ),
              FALSE
            )
            AND (
              DATE_DIFF('DAY', "t74"."_start", "t74"."_end") + 1
            ) >= (
              CASE WHEN "t74"."_ws" >= MAKE_DATE(2020, 1, 1) THEN 2 ELSE CAST(NULL AS BIGINT) END * 7
            )
        ) AS "t78"
        GROUP BY
          1,
          2,
          3
      ) AS "t82"
        ON "t95"."person_id" = "t82"."person_id"
        AND "t95"."benefit" = "t82"."benefit"
        AND "t95"."start_date" = "t82"."start_date"
    ) AS "t96"
  ) AS "t97"
) AS "t98"
