WITH "t8" AS (
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
), "t11" AS (
  SELECT
    "t9"."person_id",
    COUNT(*) AS "_rows",
    MIN("t9"."benefit") = MAX("t9"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t9"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t8" AS "t9"
  GROUP BY
    1
), "t37" AS (
  SELECT
    *
  FROM (
    SELECT
      *
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
        "t21"."start_date" AS "_spell_start"
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
          "t10"."_acc"
        FROM "t8" AS "t10"
        SEMI JOIN (
          SELECT
            *
          FROM "t11" AS "t12"
          WHERE
            "t12"."_rows" = 1
        ) AS "t17"
          ON "t10"."person_id" = "t17"."person_id"
      ) AS "t21"
    ) AS "t25"
    UNION ALL
    SELECT
      *
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
        CAST(NULL AS DATE) AS "_spell_start"
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
          "t10"."_acc"
        FROM "t8" AS "t10"
        SEMI JOIN (
          SELECT
            *
          FROM "t11" AS "t12"
          WHERE
            "t12"."_rows" > 1 AND "t12"."_one_benefit" AND "t12"."_all_acc"
        ) AS "t18"
          ON "t10"."person_id" = "t18"."person_id"
      ) AS "t22"
    ) AS "t26"
  ) AS "t27"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
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
        "t31"."_spell_start"
      FROM (
        SELECT
          "t30"."person_id",
          "t30"."benefit",
          "t30"."start_date",
          "t30"."target_group",
          "t30"."early_followup_request_date",
          "t30"."education_order",
          "t30"."_rid",
          "t30"."_end",
          "t30"."_acc",
          "t30"."_new",
          MAX(CASE WHEN "t30"."_new" = 1 THEN "t30"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t30"."person_id"
            ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t24"."person_id",
            "t24"."benefit",
            "t24"."start_date",
            "t24"."target_group",
            "t24"."early_followup_request_date",
            "t24"."education_order",
            "t24"."_rid",
            "t24"."_end",
            "t24"."_acc",
            CASE
              WHEN (
                MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t24"."_end") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t24"."_end") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t24"."start_date" > CAST(CAST(MAX("t24"."_end") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t24"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t24"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t24"."_end") OVER (
                          PARTITION BY "t24"."person_id"
                          ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t24"."_end") OVER (
                          PARTITION BY "t24"."person_id"
                          ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t24"."_end") OVER (
                            PARTITION BY "t24"."person_id"
                            ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t24"."target_group") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t24"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t24"."target_group")
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
              "t10"."_acc"
            FROM "t8" AS "t10"
            SEMI JOIN (
              SELECT
                *
              FROM "t11" AS "t12"
              WHERE
                "t12"."_rows" > 1 AND "t12"."_one_benefit" AND NOT (
                  "t12"."_all_acc"
                )
            ) AS "t20"
              ON "t10"."person_id" = "t20"."person_id"
          ) AS "t24"
        ) AS "t30"
      ) AS "t31"
    ) AS "t32"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t34"."person_id",
        "t34"."benefit",
        "t34"."start_date",
        "t34"."target_group",
        "t34"."early_followup_request_date",
        "t34"."education_order",
        "t34"."_rid",
        "t34"."_end",
        "t34"."_acc",
        "t34"."_spell_start"
      FROM (
        SELECT
          "t33"."person_id",
          "t33"."benefit",
          "t33"."start_date",
          "t33"."target_group",
          "t33"."early_followup_request_date",
          "t33"."education_order",
          "t33"."_rid",
          "t33"."_end",
          "t33"."_acc",
          "t33"."_switch",
          "t33"."_run",
          "t33"."_new",
          MAX(CASE WHEN "t33"."_new" = 1 THEN "t33"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t33"."person_id"
            ORDER BY "t33"."start_date" ASC, "t33"."benefit" ASC, "t33"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
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
            "t29"."_switch",
            "t29"."_run",
            CASE
              WHEN (
                "t29"."_switch" = 1
              )
              OR (
                (
                  MAX("t29"."_end") OVER (
                    PARTITION BY "t29"."person_id", "t29"."_run"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t29"."_end") OVER (
                    PARTITION BY "t29"."person_id", "t29"."_run"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t29"."start_date" > CAST(CAST(MAX("t29"."_end") OVER (
                    PARTITION BY "t29"."person_id", "t29"."_run"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t29"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t29"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t29"."_end") OVER (
                          PARTITION BY "t29"."person_id", "t29"."_run"
                          ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t29"."_end") OVER (
                          PARTITION BY "t29"."person_id", "t29"."_run"
                          ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t29"."_end") OVER (
                            PARTITION BY "t29"."person_id", "t29"."_run"
                            ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t29"."target_group") OVER (
                    PARTITION BY "t29"."person_id", "t29"."_run"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t29"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t29"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              "t28"."_switch",
              SUM("t28"."_switch") OVER (
                PARTITION BY "t28"."person_id"
                ORDER BY "t28"."start_date" ASC, "t28"."benefit" ASC, "t28"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
            FROM (
              SELECT
                "t23"."person_id",
                "t23"."benefit",
                "t23"."start_date",
                "t23"."target_group",
                "t23"."early_followup_request_date",
                "t23"."education_order",
                "t23"."_rid",
                "t23"."_end",
                "t23"."_acc",
                CASE
                  WHEN LAG("t23"."benefit") OVER (
                    PARTITION BY "t23"."person_id"
                    ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t23"."benefit") OVER (
                    PARTITION BY "t23"."person_id"
                    ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t23"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
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
                  "t10"."_acc"
                FROM "t8" AS "t10"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t11" AS "t12"
                  WHERE
                    "t12"."_rows" > 1 AND NOT (
                      "t12"."_one_benefit"
                    )
                ) AS "t19"
                  ON "t10"."person_id" = "t19"."person_id"
              ) AS "t23"
            ) AS "t28"
          ) AS "t29"
        ) AS "t33"
      ) AS "t34"
    ) AS "t35"
  ) AS "t36"
), "t39" AS (
  SELECT
    *
  FROM "t37" AS "t38"
  WHERE
    "t38"."_acc"
), "t43" AS (
  SELECT
    "t41"."person_id",
    "t41"."benefit",
    MIN("t41"."start_date") AS "c1"
  FROM "t39" AS "t41"
  GROUP BY
    1,
    2
), "t52" AS (
  SELECT
    "t51"."person_id",
    "t51"."benefit",
    "t51"."c1",
    "t51"."c2"
  FROM (
    SELECT
      "t45"."person_id",
      "t45"."benefit",
      "t45"."c1",
      "t50"."person_id" AS "person_id_right",
      "t50"."benefit" AS "benefit_right",
      "t50"."c2"
    FROM "t43" AS "t45"
    LEFT OUTER JOIN (
      SELECT
        "t48"."person_id",
        "t48"."benefit",
        MIN("t48"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t42"."person_id",
            "t42"."benefit",
            "t42"."start_date",
            "t42"."target_group",
            "t42"."early_followup_request_date",
            "t42"."education_order",
            "t42"."_rid",
            "t42"."_end",
            "t42"."_acc",
            "t42"."_spell_start",
            "t46"."c1"
          FROM "t39" AS "t42"
          INNER JOIN "t43" AS "t46"
            ON "t42"."person_id" = "t46"."person_id" AND "t42"."benefit" = "t46"."benefit"
        ) AS "t47"
        WHERE
          "t47"."start_date" >= CAST(CAST("t47"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t47"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t48"
      GROUP BY
        1,
        2
    ) AS "t50"
      ON "t45"."person_id" = "t50"."person_id" AND "t45"."benefit" = "t50"."benefit"
  ) AS "t51"
), "t61" AS (
  SELECT
    "t60"."person_id",
    "t60"."benefit",
    "t60"."c1",
    "t60"."c2",
    "t60"."c3"
  FROM (
    SELECT
      "t54"."person_id",
      "t54"."benefit",
      "t54"."c1",
      "t54"."c2",
      "t59"."person_id" AS "person_id_right",
      "t59"."benefit" AS "benefit_right",
      "t59"."c3"
    FROM "t52" AS "t54"
    LEFT OUTER JOIN (
      SELECT
        "t57"."person_id",
        "t57"."benefit",
        MIN("t57"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t42"."person_id",
            "t42"."benefit",
            "t42"."start_date",
            "t42"."target_group",
            "t42"."early_followup_request_date",
            "t42"."education_order",
            "t42"."_rid",
            "t42"."_end",
            "t42"."_acc",
            "t42"."_spell_start",
            "t55"."c1",
            "t55"."c2"
          FROM "t39" AS "t42"
          INNER JOIN "t52" AS "t55"
            ON "t42"."person_id" = "t55"."person_id" AND "t42"."benefit" = "t55"."benefit"
        ) AS "t56"
        WHERE
          "t56"."start_date" >= CAST(CAST("t56"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t56"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t57"
      GROUP BY
        1,
        2
    ) AS "t59"
      ON "t54"."person_id" = "t59"."person_id" AND "t54"."benefit" = "t59"."benefit"
  ) AS "t60"
), "t85" AS (
  SELECT
    "t84"."person_id",
    "t84"."benefit",
    "t84"."_key" AS "start_date",
    CASE
      WHEN "t84"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t84"."_end"
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
    "t84"."early_followup_request_date",
    "t84"."education_order",
    "t84"."periods"
  FROM (
    SELECT
      "t82"."person_id",
      "t82"."benefit",
      "t82"."_key",
      MAX("t82"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t82"."_rid" ORDER BY "t82"."start_date") AS "_first",
      MIN("t82"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t82"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t38"."person_id",
          "t38"."benefit",
          "t38"."start_date",
          "t38"."_end",
          "t38"."_spell_start" AS "_key",
          "t38"."_acc",
          "t38"."_rid",
          "t38"."early_followup_request_date",
          "t38"."education_order"
        FROM "t37" AS "t38"
        WHERE
          NOT (
            "t38"."_acc"
          )
      ) AS "t40"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t80"."person_id",
          "t80"."benefit",
          "t80"."start_date",
          "t80"."_end",
          GREATEST(
            CASE
              WHEN "t80"."c1" <= "t80"."start_date"
              THEN "t80"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t80"."c2" <= "t80"."start_date"
              THEN "t80"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t80"."c3" <= "t80"."start_date"
              THEN "t80"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t80"."c4" <= "t80"."start_date"
              THEN "t80"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t80"."c5" <= "t80"."start_date"
              THEN "t80"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key",
          "t80"."_acc",
          "t80"."_rid",
          "t80"."early_followup_request_date",
          "t80"."education_order"
        FROM (
          SELECT
            "t42"."person_id",
            "t42"."benefit",
            "t42"."start_date",
            "t42"."target_group",
            "t42"."early_followup_request_date",
            "t42"."education_order",
            "t42"."_rid",
            "t42"."_end",
            "t42"."_acc",
            "t42"."_spell_start",
            "t79"."c1",
            "t79"."c2",
            "t79"."c3",
            "t79"."c4",
            "t79"."c5"
          FROM "t39" AS "t42"
          INNER JOIN (
            SELECT
              "t77".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t71"."person_id",
                "t71"."benefit",
                "t71"."c1",
                "t71"."c2",
                "t71"."c3",
                "t71"."c4",
                "t76"."person_id" AS "person_id_right",
                "t76"."benefit" AS "benefit_right",
                "t76"."c5"
              FROM (
                SELECT
                  "t69".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t63"."person_id",
                    "t63"."benefit",
                    "t63"."c1",
                    "t63"."c2",
                    "t63"."c3",
                    "t68"."person_id" AS "person_id_right",
                    "t68"."benefit" AS "benefit_right",
                    "t68"."c4"
                  FROM "t61" AS "t63"
                  LEFT OUTER JOIN (
                    SELECT
                      "t66"."person_id",
                      "t66"."benefit",
                      MIN("t66"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t42"."person_id",
                          "t42"."benefit",
                          "t42"."start_date",
                          "t42"."target_group",
                          "t42"."early_followup_request_date",
                          "t42"."education_order",
                          "t42"."_rid",
                          "t42"."_end",
                          "t42"."_acc",
                          "t42"."_spell_start",
                          "t64"."c1",
                          "t64"."c2",
                          "t64"."c3"
                        FROM "t39" AS "t42"
                        INNER JOIN "t61" AS "t64"
                          ON "t42"."person_id" = "t64"."person_id" AND "t42"."benefit" = "t64"."benefit"
                      ) AS "t65"
                      WHERE
                        "t65"."start_date" >= CAST(CAST("t65"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t65"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t66"
                    GROUP BY
                      1,
                      2
                  ) AS "t68"
                    ON "t63"."person_id" = "t68"."person_id" AND "t63"."benefit" = "t68"."benefit"
                ) AS "t69"
              ) AS "t71"
              LEFT OUTER JOIN (
                SELECT
                  "t74"."person_id",
                  "t74"."benefit",
                  MIN("t74"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t42"."person_id",
                      "t42"."benefit",
                      "t42"."start_date",
                      "t42"."target_group",
                      "t42"."early_followup_request_date",
                      "t42"."education_order",
                      "t42"."_rid",
                      "t42"."_end",
                      "t42"."_acc",
                      "t42"."_spell_start",
                      "t72"."c1",
                      "t72"."c2",
                      "t72"."c3",
                      "t72"."c4"
                    FROM "t39" AS "t42"
                    INNER JOIN (
                      SELECT
                        "t69".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t63"."person_id",
                          "t63"."benefit",
                          "t63"."c1",
                          "t63"."c2",
                          "t63"."c3",
                          "t68"."person_id" AS "person_id_right",
                          "t68"."benefit" AS "benefit_right",
                          "t68"."c4"
                        FROM "t61" AS "t63"
                        LEFT OUTER JOIN (
                          SELECT
                            "t66"."person_id",
                            "t66"."benefit",
                            MIN("t66"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t42"."person_id",
                                "t42"."benefit",
                                "t42"."start_date",
                                "t42"."target_group",
                                "t42"."early_followup_request_date",
                                "t42"."education_order",
                                "t42"."_rid",
                                "t42"."_end",
                                "t42"."_acc",
                                "t42"."_spell_start",
                                "t64"."c1",
                                "t64"."c2",
                                "t64"."c3"
                              FROM "t39" AS "t42"
                              INNER JOIN "t61" AS "t64"
                                ON "t42"."person_id" = "t64"."person_id" AND "t42"."benefit" = "t64"."benefit"
                            ) AS "t65"
                            WHERE
                              "t65"."start_date" >= CAST(CAST("t65"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t65"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t66"
                          GROUP BY
                            1,
                            2
                        ) AS "t68"
                          ON "t63"."person_id" = "t68"."person_id" AND "t63"."benefit" = "t68"."benefit"
                      ) AS "t69"
                    ) AS "t72"
                      ON "t42"."person_id" = "t72"."person_id" AND "t42"."benefit" = "t72"."benefit"
                  ) AS "t73"
                  WHERE
                    "t73"."start_date" >= CAST(CAST("t73"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t73"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t74"
                GROUP BY
                  1,
                  2
              ) AS "t76"
                ON "t71"."person_id" = "t76"."person_id" AND "t71"."benefit" = "t76"."benefit"
            ) AS "t77"
          ) AS "t79"
            ON "t42"."person_id" = "t79"."person_id" AND "t42"."benefit" = "t79"."benefit"
        ) AS "t80"
      ) AS "t81"
    ) AS "t82"
    GROUP BY
      1,
      2,
      3
  ) AS "t84"
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
    ON "t84"."_first" = "t4"."_frid"
), "t94" AS (
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
    "t93"."visitation_date"
  FROM (
    SELECT
      *
    FROM "t85" AS "t86"
    WHERE
      "t86"."benefit" IN ('sygedagpenge')
  ) AS "t89"
  INNER JOIN (
    SELECT
      "t91"."person_id",
      "t91"."benefit",
      "t91"."start_date",
      MIN("t91"."_from") AS "visitation_date"
    FROM (
      SELECT
        "t90"."person_id",
        "t90"."benefit",
        "t90"."start_date",
        "t90"."_last",
        "t7"."_pid",
        "t7"."_from"
      FROM (
        SELECT
          "t86"."person_id",
          "t86"."benefit",
          "t86"."start_date",
          "t86"."end_date" AS "_last"
        FROM "t85" AS "t86"
        WHERE
          "t86"."benefit" IN ('sygedagpenge')
      ) AS "t90"
      INNER JOIN (
        SELECT
          "t1"."person_id" AS "_pid",
          "t1"."start_date" AS "_from"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'sygedagpenge'
          AND "t1"."start_date" <= CAST($as_of AS DATE)
          AND "t1"."sickness_category" = '3'
      ) AS "t7"
        ON "t90"."person_id" = "t7"."_pid"
        AND "t7"."_from" >= "t90"."start_date"
        AND (
          (
            "t90"."_last" IS NULL
          ) OR (
            "t7"."_from" <= "t90"."_last"
          )
        )
    ) AS "t91"
    GROUP BY
      1,
      2,
      3
  ) AS "t93"
    ON "t89"."person_id" = "t93"."person_id"
    AND "t89"."benefit" = "t93"."benefit"
    AND "t89"."start_date" = "t93"."start_date"
)
SELECT
  "t105"."person_id",
  "t105"."benefit",
  'sick_rehabilitation_team' AS "kind",
  'sick_rehabilitation_team' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t105"."window_start" >= MAKE_DATE(2025, 1, 1)
    THEN 'L 74 (2024-25), § 1 (ophævelse af § 12, stk. 1, nr. 3); BM – Aftale forenkler og målretter sygedagpengesystemet (14.3.2024)'
    WHEN "t105"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 d, stk. 3, 2. pkt. (LBK nr. 1712 af 20.8.2021); Sygedagpengeloven § 13 d (elov); Sygedagpengeloven § 12 (visitationskategorier; visitation ved opfølgning)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t105"."window_start",
  CASE
    WHEN COALESCE("t105"."is_applicable", FALSE)
    THEN "t105"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t105"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t105"."fulfilled_date" <= "t105"."due_date"
    )
    THEN 'met'
    WHEN "t105"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t105"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t105"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t105"."is_applicable", FALSE)
    THEN "t105"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t105"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t105"."fulfilled_date" > "t105"."due_date"
    )
    THEN DATE_DIFF('DAY', "t105"."due_date", "t105"."fulfilled_date")
    WHEN NOT (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t105"."is_exempt", FALSE)
    )
    AND (
      "t105"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t105"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t105"."is_applicable", FALSE)
              THEN "t105"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t105"."window_start"
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
              WHEN COALESCE("t105"."is_applicable", FALSE)
              THEN "t105"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t105"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_rehabilitation_team'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t105"."evidence", '') AS "evidence"
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
    "t104"."visitation_date",
    "t104"."window_start",
    "t104"."_weeks",
    "t104"."due_date",
    "t104"."fulfilled_date",
    (
      "t104"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t104"."end_date" IS NOT NULL
      )
      AND (
        "t104"."end_date" < "t104"."due_date"
      )
      AND (
        "t104"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t104"."_weeks" IS NULL
      THEN CASE
        WHEN CAST("t104"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t104"."window_start" AS TEXT),
          ': ingen frist for rehabiliteringsteamet (kategori 3 ikke i kraft)'
        )
      END
      WHEN "t104"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t104"."window_start" AS TEXT) IS NULL
        OR CAST("t104"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t104"."window_start" AS TEXT),
          '; behandlet i rehabiliteringsteamet ',
          CAST("t104"."fulfilled_date" AS TEXT)
        )
      END
      WHEN (
        "t104"."end_date" IS NOT NULL
      )
      AND (
        "t104"."end_date" < "t104"."due_date"
      )
      AND (
        "t104"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t104"."window_start" AS TEXT) IS NULL
        OR CAST("t104"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t104"."window_start" AS TEXT),
          '; sygedagpengeforløbet sluttede ',
          CAST("t104"."end_date" AS TEXT),
          ' før fristen'
        )
      END
      ELSE CASE
        WHEN CAST("t104"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t104"."window_start" AS TEXT),
          '; ingen behandling i rehabiliteringsteamet'
        )
      END
    END AS "evidence"
  FROM (
    SELECT
      "t103".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t100"."person_id",
        "t100"."benefit",
        "t100"."start_date",
        "t100"."end_date",
        "t100"."first_contact_date",
        "t100"."target_group",
        "t100"."first_absence_date",
        "t100"."sickness_category",
        "t100"."employed",
        "t100"."handover_date",
        "t100"."expected_absence_weeks",
        "t100"."work_obligation",
        "t100"."municipality",
        "t100"."early_followup_request_date",
        "t100"."education_order",
        "t100"."periods",
        "t100"."visitation_date",
        "t100"."window_start",
        "t100"."_weeks",
        "t100"."due_date",
        "t102"."person_id" AS "person_id_right",
        "t102"."benefit" AS "benefit_right",
        "t102"."start_date" AS "start_date_right",
        "t102"."fulfilled_date"
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
          "t95"."visitation_date",
          "t95"."visitation_date" AS "window_start",
          CASE
            WHEN "t95"."visitation_date" >= MAKE_DATE(2025, 1, 1)
            THEN CAST(NULL AS BIGINT)
            WHEN "t95"."visitation_date" >= MAKE_DATE(2015, 1, 1)
            THEN 4
            ELSE CAST(NULL AS BIGINT)
          END AS "_weeks",
          CAST(CAST("t95"."visitation_date" + TO_DAYS(
            CASE
              WHEN "t95"."visitation_date" >= MAKE_DATE(2025, 1, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t95"."visitation_date" >= MAKE_DATE(2015, 1, 1)
              THEN 4
              ELSE CAST(NULL AS BIGINT)
            END * 7
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t94" AS "t95"
      ) AS "t100"
      LEFT OUTER JOIN (
        SELECT
          "t98"."person_id",
          "t98"."benefit",
          "t98"."start_date",
          MIN("t98"."_date") AS "fulfilled_date"
        FROM (
          SELECT
            "t97"."person_id",
            "t97"."benefit",
            "t97"."start_date",
            "t97"."_ws",
            "t97"."_last",
            "t6"."_pid",
            "t6"."_date"
          FROM (
            SELECT
              "t95"."person_id",
              "t95"."benefit",
              "t95"."start_date",
              "t95"."visitation_date" AS "_ws",
              COALESCE("t95"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t94" AS "t95"
          ) AS "t97"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_date"
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND "t0"."kind" = 'rehabiliteringsteam'
              AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t6"
            ON "t97"."person_id" = "t6"."_pid"
            AND "t6"."_date" >= "t97"."_ws"
            AND "t6"."_date" <= "t97"."_last"
        ) AS "t98"
        GROUP BY
          1,
          2,
          3
      ) AS "t102"
        ON "t100"."person_id" = "t102"."person_id"
        AND "t100"."benefit" = "t102"."benefit"
        AND "t100"."start_date" = "t102"."start_date"
    ) AS "t103"
  ) AS "t104"
) AS "t105"
