WITH "t6" AS (
  SELECT
    "t1"."person_id",
    "t1"."benefit",
    "t1"."start_date",
    "t1"."target_group",
    "t1"."early_followup_request_date",
    "t1"."education_order",
    "t1"."rowid" AS "_rid",
    CASE
      WHEN (
        "t1"."end_date" IS NULL
      ) OR (
        "t1"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t1"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t1"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t1"
  WHERE
    "t1"."start_date" <= CAST($as_of AS DATE)
), "t9" AS (
  SELECT
    "t7"."person_id",
    COUNT(*) AS "_rows",
    MIN("t7"."benefit") = MAX("t7"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t7"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t6" AS "t7"
  GROUP BY
    1
), "t35" AS (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t19"."person_id",
        "t19"."benefit",
        "t19"."start_date",
        "t19"."target_group",
        "t19"."early_followup_request_date",
        "t19"."education_order",
        "t19"."_rid",
        "t19"."_end",
        "t19"."_acc",
        "t19"."start_date" AS "_spell_start"
      FROM (
        SELECT
          "t8"."person_id",
          "t8"."benefit",
          "t8"."start_date",
          "t8"."target_group",
          "t8"."early_followup_request_date",
          "t8"."education_order",
          "t8"."_rid",
          "t8"."_end",
          "t8"."_acc"
        FROM "t6" AS "t8"
        SEMI JOIN (
          SELECT
            *
          FROM "t9" AS "t10"
          WHERE
            "t10"."_rows" = 1
        ) AS "t15"
          ON "t8"."person_id" = "t15"."person_id"
      ) AS "t19"
    ) AS "t23"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t20"."person_id",
        "t20"."benefit",
        "t20"."start_date",
        "t20"."target_group",
        "t20"."early_followup_request_date",
        "t20"."education_order",
        "t20"."_rid",
        "t20"."_end",
        "t20"."_acc",
        CAST(NULL AS DATE) AS "_spell_start"
      FROM (
        SELECT
          "t8"."person_id",
          "t8"."benefit",
          "t8"."start_date",
          "t8"."target_group",
          "t8"."early_followup_request_date",
          "t8"."education_order",
          "t8"."_rid",
          "t8"."_end",
          "t8"."_acc"
        FROM "t6" AS "t8"
        SEMI JOIN (
          SELECT
            *
          FROM "t9" AS "t10"
          WHERE
            "t10"."_rows" > 1 AND "t10"."_one_benefit" AND "t10"."_all_acc"
        ) AS "t16"
          ON "t8"."person_id" = "t16"."person_id"
      ) AS "t20"
    ) AS "t24"
  ) AS "t25"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t29"."person_id",
        "t29"."benefit",
        "t29"."start_date",
        "t29"."target_group",
        "t29"."early_followup_request_date",
        "t29"."education_order",
        "t29"."_rid",
        "t29"."_end",
        "t29"."_acc",
        "t29"."_spell_start"
      FROM (
        SELECT
          "t28"."person_id",
          "t28"."benefit",
          "t28"."start_date",
          "t28"."target_group",
          "t28"."early_followup_request_date",
          "t28"."education_order",
          "t28"."_rid",
          "t28"."_end",
          "t28"."_acc",
          "t28"."_new",
          MAX(CASE WHEN "t28"."_new" = 1 THEN "t28"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t28"."person_id"
            ORDER BY "t28"."start_date" ASC, "t28"."benefit" ASC, "t28"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t22"."person_id",
            "t22"."benefit",
            "t22"."start_date",
            "t22"."target_group",
            "t22"."early_followup_request_date",
            "t22"."education_order",
            "t22"."_rid",
            "t22"."_end",
            "t22"."_acc",
            CASE
              WHEN (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t22"."_end") OVER (
                    PARTITION BY "t22"."person_id"
                    ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t22"."_end") OVER (
                    PARTITION BY "t22"."person_id"
                    ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t22"."start_date" > CAST(CAST(MAX("t22"."_end") OVER (
                    PARTITION BY "t22"."person_id"
                    ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t22"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t22"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t22"."_end") OVER (
                          PARTITION BY "t22"."person_id"
                          ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t22"."_end") OVER (
                          PARTITION BY "t22"."person_id"
                          ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t22"."_end") OVER (
                            PARTITION BY "t22"."person_id"
                            ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t22"."target_group") OVER (
                    PARTITION BY "t22"."person_id"
                    ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t22"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t22"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t8"."person_id",
              "t8"."benefit",
              "t8"."start_date",
              "t8"."target_group",
              "t8"."early_followup_request_date",
              "t8"."education_order",
              "t8"."_rid",
              "t8"."_end",
              "t8"."_acc"
            FROM "t6" AS "t8"
            SEMI JOIN (
              SELECT
                *
              FROM "t9" AS "t10"
              WHERE
                "t10"."_rows" > 1 AND "t10"."_one_benefit" AND NOT (
                  "t10"."_all_acc"
                )
            ) AS "t18"
              ON "t8"."person_id" = "t18"."person_id"
          ) AS "t22"
        ) AS "t28"
      ) AS "t29"
    ) AS "t30"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t32"."person_id",
        "t32"."benefit",
        "t32"."start_date",
        "t32"."target_group",
        "t32"."early_followup_request_date",
        "t32"."education_order",
        "t32"."_rid",
        "t32"."_end",
        "t32"."_acc",
        "t32"."_spell_start"
      FROM (
        SELECT
          "t31"."person_id",
          "t31"."benefit",
          "t31"."start_date",
          "t31"."target_group",
          "t31"."early_followup_request_date",
          "t31"."education_order",
          "t31"."_rid",
          "t31"."_end",
          "t31"."_acc",
          "t31"."_switch",
          "t31"."_run",
          "t31"."_new",
          MAX(CASE WHEN "t31"."_new" = 1 THEN "t31"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t31"."person_id"
            ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t27"."person_id",
            "t27"."benefit",
            "t27"."start_date",
            "t27"."target_group",
            "t27"."early_followup_request_date",
            "t27"."education_order",
            "t27"."_rid",
            "t27"."_end",
            "t27"."_acc",
            "t27"."_switch",
            "t27"."_run",
            CASE
              WHEN (
                "t27"."_switch" = 1
              )
              OR (
                (
                  MAX("t27"."_end") OVER (
                    PARTITION BY "t27"."person_id", "t27"."_run"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t27"."_end") OVER (
                    PARTITION BY "t27"."person_id", "t27"."_run"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t27"."start_date" > CAST(CAST(MAX("t27"."_end") OVER (
                    PARTITION BY "t27"."person_id", "t27"."_run"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t27"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t27"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t27"."_end") OVER (
                          PARTITION BY "t27"."person_id", "t27"."_run"
                          ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t27"."_end") OVER (
                          PARTITION BY "t27"."person_id", "t27"."_run"
                          ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t27"."_end") OVER (
                            PARTITION BY "t27"."person_id", "t27"."_run"
                            ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t27"."target_group") OVER (
                    PARTITION BY "t27"."person_id", "t27"."_run"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t27"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t27"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t26"."person_id",
              "t26"."benefit",
              "t26"."start_date",
              "t26"."target_group",
              "t26"."early_followup_request_date",
              "t26"."education_order",
              "t26"."_rid",
              "t26"."_end",
              "t26"."_acc",
              "t26"."_switch",
              SUM("t26"."_switch") OVER (
                PARTITION BY "t26"."person_id"
                ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
            FROM (
              SELECT
                "t21"."person_id",
                "t21"."benefit",
                "t21"."start_date",
                "t21"."target_group",
                "t21"."early_followup_request_date",
                "t21"."education_order",
                "t21"."_rid",
                "t21"."_end",
                "t21"."_acc",
                CASE
                  WHEN LAG("t21"."benefit") OVER (
                    PARTITION BY "t21"."person_id"
                    ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t21"."benefit") OVER (
                    PARTITION BY "t21"."person_id"
                    ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t21"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
              FROM (
                SELECT
                  "t8"."person_id",
                  "t8"."benefit",
                  "t8"."start_date",
                  "t8"."target_group",
                  "t8"."early_followup_request_date",
                  "t8"."education_order",
                  "t8"."_rid",
                  "t8"."_end",
                  "t8"."_acc"
                FROM "t6" AS "t8"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t9" AS "t10"
                  WHERE
                    "t10"."_rows" > 1 AND NOT (
                      "t10"."_one_benefit"
                    )
                ) AS "t17"
                  ON "t8"."person_id" = "t17"."person_id"
              ) AS "t21"
            ) AS "t26"
          ) AS "t27"
        ) AS "t31"
      ) AS "t32"
    ) AS "t33"
  ) AS "t34"
), "t37" AS (
  SELECT
    *
  FROM "t35" AS "t36"
  WHERE
    "t36"."_acc"
), "t41" AS (
  SELECT
    "t39"."person_id",
    "t39"."benefit",
    MIN("t39"."start_date") AS "c1"
  FROM "t37" AS "t39"
  GROUP BY
    1,
    2
), "t50" AS (
  SELECT
    "t49"."person_id",
    "t49"."benefit",
    "t49"."c1",
    "t49"."c2"
  FROM (
    SELECT
      "t43"."person_id",
      "t43"."benefit",
      "t43"."c1",
      "t48"."person_id" AS "person_id_right",
      "t48"."benefit" AS "benefit_right",
      "t48"."c2"
    FROM "t41" AS "t43"
    LEFT OUTER JOIN (
      SELECT
        "t46"."person_id",
        "t46"."benefit",
        MIN("t46"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t40"."person_id",
            "t40"."benefit",
            "t40"."start_date",
            "t40"."target_group",
            "t40"."early_followup_request_date",
            "t40"."education_order",
            "t40"."_rid",
            "t40"."_end",
            "t40"."_acc",
            "t40"."_spell_start",
            "t44"."c1"
          FROM "t37" AS "t40"
          INNER JOIN "t41" AS "t44"
            ON "t40"."person_id" = "t44"."person_id" AND "t40"."benefit" = "t44"."benefit"
        ) AS "t45"
        WHERE
          "t45"."start_date" >= CAST(CAST("t45"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t45"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t46"
      GROUP BY
        1,
        2
    ) AS "t48"
      ON "t43"."person_id" = "t48"."person_id" AND "t43"."benefit" = "t48"."benefit"
  ) AS "t49"
), "t59" AS (
  SELECT
    "t58"."person_id",
    "t58"."benefit",
    "t58"."c1",
    "t58"."c2",
    "t58"."c3"
  FROM (
    SELECT
      "t52"."person_id",
      "t52"."benefit",
      "t52"."c1",
      "t52"."c2",
      "t57"."person_id" AS "person_id_right",
      "t57"."benefit" AS "benefit_right",
      "t57"."c3"
    FROM "t50" AS "t52"
    LEFT OUTER JOIN (
      SELECT
        "t55"."person_id",
        "t55"."benefit",
        MIN("t55"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t40"."person_id",
            "t40"."benefit",
            "t40"."start_date",
            "t40"."target_group",
            "t40"."early_followup_request_date",
            "t40"."education_order",
            "t40"."_rid",
            "t40"."_end",
            "t40"."_acc",
            "t40"."_spell_start",
            "t53"."c1",
            "t53"."c2"
          FROM "t37" AS "t40"
          INNER JOIN "t50" AS "t53"
            ON "t40"."person_id" = "t53"."person_id" AND "t40"."benefit" = "t53"."benefit"
        ) AS "t54"
        WHERE
          "t54"."start_date" >= CAST(CAST("t54"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t54"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t55"
      GROUP BY
        1,
        2
    ) AS "t57"
      ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
  ) AS "t58"
), "t83" AS (
  SELECT
    "t82"."person_id",
    "t82"."benefit",
    "t82"."_key" AS "start_date",
    CASE
      WHEN "t82"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t82"."_end"
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
    "t82"."early_followup_request_date",
    "t82"."education_order",
    "t82"."periods"
  FROM (
    SELECT
      "t80"."person_id",
      "t80"."benefit",
      "t80"."_key",
      MAX("t80"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t80"."_rid" ORDER BY "t80"."start_date") AS "_first",
      MIN("t80"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t80"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t36"."person_id",
          "t36"."benefit",
          "t36"."start_date",
          "t36"."_end",
          "t36"."_spell_start" AS "_key",
          "t36"."_acc",
          "t36"."_rid",
          "t36"."early_followup_request_date",
          "t36"."education_order"
        FROM "t35" AS "t36"
        WHERE
          NOT (
            "t36"."_acc"
          )
      ) AS "t38"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t78"."person_id",
          "t78"."benefit",
          "t78"."start_date",
          "t78"."_end",
          GREATEST(
            CASE
              WHEN "t78"."c1" <= "t78"."start_date"
              THEN "t78"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t78"."c2" <= "t78"."start_date"
              THEN "t78"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t78"."c3" <= "t78"."start_date"
              THEN "t78"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t78"."c4" <= "t78"."start_date"
              THEN "t78"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t78"."c5" <= "t78"."start_date"
              THEN "t78"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key",
          "t78"."_acc",
          "t78"."_rid",
          "t78"."early_followup_request_date",
          "t78"."education_order"
        FROM (
          SELECT
            "t40"."person_id",
            "t40"."benefit",
            "t40"."start_date",
            "t40"."target_group",
            "t40"."early_followup_request_date",
            "t40"."education_order",
            "t40"."_rid",
            "t40"."_end",
            "t40"."_acc",
            "t40"."_spell_start",
            "t77"."c1",
            "t77"."c2",
            "t77"."c3",
            "t77"."c4",
            "t77"."c5"
          FROM "t37" AS "t40"
          INNER JOIN (
            SELECT
              "t75".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t69"."person_id",
                "t69"."benefit",
                "t69"."c1",
                "t69"."c2",
                "t69"."c3",
                "t69"."c4",
                "t74"."person_id" AS "person_id_right",
                "t74"."benefit" AS "benefit_right",
                "t74"."c5"
              FROM (
                SELECT
                  "t67".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t61"."person_id",
                    "t61"."benefit",
                    "t61"."c1",
                    "t61"."c2",
                    "t61"."c3",
                    "t66"."person_id" AS "person_id_right",
                    "t66"."benefit" AS "benefit_right",
                    "t66"."c4"
                  FROM "t59" AS "t61"
                  LEFT OUTER JOIN (
                    SELECT
                      "t64"."person_id",
                      "t64"."benefit",
                      MIN("t64"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t40"."person_id",
                          "t40"."benefit",
                          "t40"."start_date",
                          "t40"."target_group",
                          "t40"."early_followup_request_date",
                          "t40"."education_order",
                          "t40"."_rid",
                          "t40"."_end",
                          "t40"."_acc",
                          "t40"."_spell_start",
                          "t62"."c1",
                          "t62"."c2",
                          "t62"."c3"
                        FROM "t37" AS "t40"
                        INNER JOIN "t59" AS "t62"
                          ON "t40"."person_id" = "t62"."person_id" AND "t40"."benefit" = "t62"."benefit"
                      ) AS "t63"
                      WHERE
                        "t63"."start_date" >= CAST(CAST("t63"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t63"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t64"
                    GROUP BY
                      1,
                      2
                  ) AS "t66"
                    ON "t61"."person_id" = "t66"."person_id" AND "t61"."benefit" = "t66"."benefit"
                ) AS "t67"
              ) AS "t69"
              LEFT OUTER JOIN (
                SELECT
                  "t72"."person_id",
                  "t72"."benefit",
                  MIN("t72"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t40"."person_id",
                      "t40"."benefit",
                      "t40"."start_date",
                      "t40"."target_group",
                      "t40"."early_followup_request_date",
                      "t40"."education_order",
                      "t40"."_rid",
                      "t40"."_end",
                      "t40"."_acc",
                      "t40"."_spell_start",
                      "t70"."c1",
                      "t70"."c2",
                      "t70"."c3",
                      "t70"."c4"
                    FROM "t37" AS "t40"
                    INNER JOIN (
                      SELECT
                        "t67".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t61"."person_id",
                          "t61"."benefit",
                          "t61"."c1",
                          "t61"."c2",
                          "t61"."c3",
                          "t66"."person_id" AS "person_id_right",
                          "t66"."benefit" AS "benefit_right",
                          "t66"."c4"
                        FROM "t59" AS "t61"
                        LEFT OUTER JOIN (
                          SELECT
                            "t64"."person_id",
                            "t64"."benefit",
                            MIN("t64"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t40"."person_id",
                                "t40"."benefit",
                                "t40"."start_date",
                                "t40"."target_group",
                                "t40"."early_followup_request_date",
                                "t40"."education_order",
                                "t40"."_rid",
                                "t40"."_end",
                                "t40"."_acc",
                                "t40"."_spell_start",
                                "t62"."c1",
                                "t62"."c2",
                                "t62"."c3"
                              FROM "t37" AS "t40"
                              INNER JOIN "t59" AS "t62"
                                ON "t40"."person_id" = "t62"."person_id" AND "t40"."benefit" = "t62"."benefit"
                            ) AS "t63"
                            WHERE
                              "t63"."start_date" >= CAST(CAST("t63"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t63"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t64"
                          GROUP BY
                            1,
                            2
                        ) AS "t66"
                          ON "t61"."person_id" = "t66"."person_id" AND "t61"."benefit" = "t66"."benefit"
                      ) AS "t67"
                    ) AS "t70"
                      ON "t40"."person_id" = "t70"."person_id" AND "t40"."benefit" = "t70"."benefit"
                  ) AS "t71"
                  WHERE
                    "t71"."start_date" >= CAST(CAST("t71"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t71"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t72"
                GROUP BY
                  1,
                  2
              ) AS "t74"
                ON "t69"."person_id" = "t74"."person_id" AND "t69"."benefit" = "t74"."benefit"
            ) AS "t75"
          ) AS "t77"
            ON "t40"."person_id" = "t77"."person_id" AND "t40"."benefit" = "t77"."benefit"
        ) AS "t78"
      ) AS "t79"
    ) AS "t80"
    GROUP BY
      1,
      2,
      3
  ) AS "t82"
  INNER JOIN (
    SELECT
      "t1"."rowid" AS "_frid",
      "t1"."first_contact_date",
      "t1"."target_group",
      "t1"."first_absence_date",
      "t1"."sickness_category",
      "t1"."employed",
      "t1"."handover_date",
      "t1"."expected_absence_weeks",
      "t1"."work_obligation",
      "t1"."municipality"
    FROM "benefit_periods" AS "t1"
  ) AS "t4"
    ON "t82"."_first" = "t4"."_frid"
), "t88" AS (
  SELECT
    "t84"."person_id",
    "t84"."benefit",
    "t84"."start_date",
    "t84"."end_date",
    "t84"."first_contact_date",
    "t84"."target_group",
    "t84"."first_absence_date",
    "t84"."sickness_category",
    "t84"."employed",
    "t84"."handover_date",
    "t84"."expected_absence_weeks",
    "t84"."work_obligation",
    "t84"."municipality",
    "t84"."early_followup_request_date",
    "t84"."education_order",
    "t84"."periods",
    COALESCE("t84"."first_absence_date", "t84"."start_date") AS "window_start",
    CASE
      WHEN COALESCE("t84"."first_absence_date", "t84"."start_date") >= MAKE_DATE(2014, 7, 1)
      THEN 22
      ELSE CAST(NULL AS BIGINT)
    END AS "_weeks",
    CASE
      WHEN COALESCE("t84"."employed", FALSE)
      THEN CAST(CAST(COALESCE("t84"."first_absence_date", "t84"."start_date") + TO_DAYS(
        COALESCE(
          CASE
            WHEN COALESCE("t84"."first_absence_date", "t84"."start_date") >= MAKE_DATE(2014, 7, 1)
            THEN 30
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        )
      ) AS TIMESTAMP) AS DATE)
      ELSE COALESCE("t84"."first_absence_date", "t84"."start_date")
    END AS "count_start"
  FROM "t83" AS "t84"
  WHERE
    "t84"."benefit" IN ('sygedagpenge')
)
SELECT
  "t109"."person_id",
  "t109"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t109"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t109"."window_start",
  CASE
    WHEN COALESCE("t109"."is_applicable", FALSE)
    THEN "t109"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t109"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t109"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t109"."fulfilled_date" <= "t109"."due_date"
    )
    THEN 'met'
    WHEN "t109"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t109"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t109"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t109"."is_applicable", FALSE)
    THEN "t109"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t109"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t109"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t109"."fulfilled_date" > "t109"."due_date"
    )
    THEN DATE_DIFF('DAY', "t109"."due_date", "t109"."fulfilled_date")
    WHEN NOT (
      "t109"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t109"."is_exempt", FALSE)
    )
    AND (
      "t109"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t109"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t109"."is_applicable", FALSE)
              THEN "t109"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t109"."window_start"
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
              WHEN COALESCE("t109"."is_applicable", FALSE)
              THEN "t109"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t109"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_reassessment'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t109"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t108"."person_id",
    "t108"."benefit",
    "t108"."start_date",
    "t108"."end_date",
    "t108"."first_contact_date",
    "t108"."target_group",
    "t108"."first_absence_date",
    "t108"."sickness_category",
    "t108"."employed",
    "t108"."handover_date",
    "t108"."expected_absence_weeks",
    "t108"."work_obligation",
    "t108"."municipality",
    "t108"."early_followup_request_date",
    "t108"."education_order",
    "t108"."periods",
    "t108"."window_start",
    "t108"."_weeks",
    "t108"."count_start",
    "t108"."earlier_days",
    "t108"."exceeded",
    "t108"."due_date",
    "t108"."fulfilled_date",
    "t108"."held_text",
    (
      "t108"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t108"."end_date" IS NOT NULL
      )
      AND (
        "t108"."end_date" < "t108"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t108"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t108"."end_date" IS NOT NULL
      )
      AND (
        "t108"."end_date" < "t108"."exceeded"
      )
      THEN CASE
        WHEN CAST("t108"."end_date" AS TEXT) IS NULL
        OR CAST("t108"."exceeded" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'sygedagpengeforløbet sluttede ',
          CAST("t108"."end_date" AS TEXT),
          ', før 22 uger blev overskredet ',
          CAST("t108"."exceeded" AS TEXT)
        )
      END
      WHEN "t108"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN "t108"."held_text" IS NULL
        OR CAST("t108"."exceeded" AS TEXT) IS NULL
        OR CAST("t108"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          "t108"."held_text",
          '; ',
          '22 uger overskrides ',
          CAST("t108"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t108"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t108"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t108"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t108"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t108"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t108"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t108"."due_date" AS TEXT))
      END
      ELSE CASE
        WHEN CAST("t108"."exceeded" AS TEXT) IS NULL
        OR CAST("t108"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'ingen revurdering; ',
          '22 uger overskrides ',
          CAST("t108"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t108"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t108"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t108"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t108"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t108"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t108"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t108"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t107".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t106"."person_id",
        "t106"."benefit",
        "t106"."start_date",
        "t106"."end_date",
        "t106"."first_contact_date",
        "t106"."target_group",
        "t106"."first_absence_date",
        "t106"."sickness_category",
        "t106"."employed",
        "t106"."handover_date",
        "t106"."expected_absence_weeks",
        "t106"."work_obligation",
        "t106"."municipality",
        "t106"."early_followup_request_date",
        "t106"."education_order",
        "t106"."periods",
        "t106"."window_start",
        "t106"."_weeks",
        "t106"."count_start",
        "t106"."earlier_days",
        "t106"."exceeded",
        "t106"."due_date",
        "t93"."person_id" AS "person_id_right",
        "t93"."benefit" AS "benefit_right",
        "t93"."start_date" AS "start_date_right",
        "t93"."fulfilled_date",
        "t93"."held_text"
      FROM (
        SELECT
          "t104"."person_id",
          "t104"."benefit",
          "t104"."start_date",
          "t104"."end_date",
          "t104"."first_contact_date",
          "t104"."target_group",
          "t104"."first_absence_date",
          "t104"."sickness_category",
          "t104"."employed",
          "t104"."handover_date",
          "t104"."expected_absence_weeks",
          "t104"."work_obligation",
          "t104"."municipality",
          "t104"."early_followup_request_date",
          "t104"."education_order",
          "t104"."periods",
          "t104"."window_start",
          "t104"."_weeks",
          "t104"."count_start",
          "t104"."earlier_days",
          CAST(CAST("t104"."count_start" + TO_DAYS((
            COALESCE("t104"."_weeks", 0) * 7
          ) - "t104"."earlier_days") AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST("t104"."count_start" + TO_DAYS((
              COALESCE("t104"."_weeks", 0) * 7
            ) - "t104"."earlier_days") AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t104"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t103".*
            EXCLUDE ("_from")
          FROM (
            SELECT
              "t102"."person_id",
              "t102"."benefit",
              "t102"."start_date",
              "t102"."end_date",
              "t102"."first_contact_date",
              "t102"."target_group",
              "t102"."first_absence_date",
              "t102"."sickness_category",
              "t102"."employed",
              "t102"."handover_date",
              "t102"."expected_absence_weeks",
              "t102"."work_obligation",
              "t102"."municipality",
              "t102"."early_followup_request_date",
              "t102"."education_order",
              "t102"."periods",
              "t102"."window_start",
              "t102"."_weeks",
              "t102"."count_start",
              "t102"."_from",
              CAST(COALESCE("t102"."earlier_days", 0) AS INT) AS "earlier_days"
            FROM (
              SELECT
                "t101".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t96"."person_id",
                  "t96"."benefit",
                  "t96"."start_date",
                  "t96"."end_date",
                  "t96"."first_contact_date",
                  "t96"."target_group",
                  "t96"."first_absence_date",
                  "t96"."sickness_category",
                  "t96"."employed",
                  "t96"."handover_date",
                  "t96"."expected_absence_weeks",
                  "t96"."work_obligation",
                  "t96"."municipality",
                  "t96"."early_followup_request_date",
                  "t96"."education_order",
                  "t96"."periods",
                  "t96"."window_start",
                  "t96"."_weeks",
                  "t96"."count_start",
                  "t96"."_from",
                  "t100"."person_id" AS "person_id_right",
                  "t100"."benefit" AS "benefit_right",
                  "t100"."start_date" AS "start_date_right",
                  "t100"."earlier_days"
                FROM (
                  SELECT
                    "t89"."person_id",
                    "t89"."benefit",
                    "t89"."start_date",
                    "t89"."end_date",
                    "t89"."first_contact_date",
                    "t89"."target_group",
                    "t89"."first_absence_date",
                    "t89"."sickness_category",
                    "t89"."employed",
                    "t89"."handover_date",
                    "t89"."expected_absence_weeks",
                    "t89"."work_obligation",
                    "t89"."municipality",
                    "t89"."early_followup_request_date",
                    "t89"."education_order",
                    "t89"."periods",
                    "t89"."window_start",
                    "t89"."_weeks",
                    "t89"."count_start",
                    CAST(CAST(DATE_TRUNC('MONTH', "t89"."count_start") + TO_MONTHS(
                      -(
                        COALESCE(
                          CASE
                            WHEN "t89"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN 9
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_from"
                  FROM "t88" AS "t89"
                ) AS "t96"
                LEFT OUTER JOIN (
                  SELECT
                    "t98"."person_id",
                    "t98"."benefit",
                    "t98"."start_date",
                    SUM(
                      CASE
                        WHEN LEAST("t98"."_end", CAST(CAST("t98"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t98"."_cs", "t98"."_from")
                        THEN DATE_DIFF(
                          'DAY',
                          GREATEST("t98"."_cs", "t98"."_from"),
                          LEAST("t98"."_end", CAST(CAST("t98"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                        ) + 1
                        ELSE 0
                      END
                    ) AS "earlier_days"
                  FROM (
                    SELECT
                      "t97"."person_id",
                      "t97"."benefit",
                      "t97"."start_date",
                      "t97"."_from",
                      "t97"."_cs_now",
                      "t97"."_adds",
                      "t92"."_pid",
                      "t92"."_cs",
                      "t92"."_ws2",
                      "t92"."_end"
                    FROM (
                      SELECT
                        "t89"."person_id",
                        "t89"."benefit",
                        "t89"."start_date",
                        CAST(CAST(DATE_TRUNC('MONTH', "t89"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t89"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from",
                        "t89"."count_start" AS "_cs_now",
                        COALESCE(
                          CASE
                            WHEN "t89"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        ) AS "_adds"
                      FROM "t88" AS "t89"
                    ) AS "t97"
                    INNER JOIN (
                      SELECT
                        "t89"."person_id" AS "_pid",
                        "t89"."count_start" AS "_cs",
                        "t89"."window_start" AS "_ws2",
                        "t89"."end_date" AS "_end"
                      FROM "t88" AS "t89"
                      WHERE
                        "t89"."end_date" IS NOT NULL
                    ) AS "t92"
                      ON "t97"."person_id" = "t92"."_pid"
                      AND "t92"."_ws2" < "t97"."start_date"
                      AND "t92"."_end" >= "t97"."_from"
                      AND "t97"."_adds"
                  ) AS "t98"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t100"
                  ON "t96"."person_id" = "t100"."person_id"
                  AND "t96"."benefit" = "t100"."benefit"
                  AND "t96"."start_date" = "t100"."start_date"
              ) AS "t101"
            ) AS "t102"
          ) AS "t103"
        ) AS "t104"
      ) AS "t106"
      LEFT OUTER JOIN (
        SELECT
          "t87"."person_id",
          "t87"."benefit",
          "t87"."start_date",
          MIN("t87"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t87"."date") AS TEXT) || ' (' || FIRST("t87"."outcome" ORDER BY "t87"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t86"."person_id",
            "t86"."benefit",
            "t86"."start_date",
            "t86"."_ws",
            "t5"."person_id" AS "person_id_right",
            "t5"."date",
            "t5"."outcome"
          FROM (
            SELECT
              "t84"."person_id",
              "t84"."benefit",
              "t84"."start_date",
              COALESCE("t84"."first_absence_date", "t84"."start_date") AS "_ws"
            FROM "t83" AS "t84"
            WHERE
              "t84"."benefit" IN ('sygedagpenge')
          ) AS "t86"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t86"."person_id" = "t5"."person_id" AND "t5"."date" >= "t86"."_ws"
        ) AS "t87"
        GROUP BY
          1,
          2,
          3
      ) AS "t93"
        ON "t106"."person_id" = "t93"."person_id"
        AND "t106"."benefit" = "t93"."benefit"
        AND "t106"."start_date" = "t93"."start_date"
    ) AS "t107"
  ) AS "t108"
) AS "t109"
