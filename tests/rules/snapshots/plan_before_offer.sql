WITH "t9" AS (
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
), "t12" AS (
  SELECT
    "t10"."person_id",
    COUNT(*) AS "_rows",
    MIN("t10"."benefit") = MAX("t10"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t10"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t9" AS "t10"
  GROUP BY
    1
), "t38" AS (
  SELECT
    *
  FROM (
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
        "t22"."start_date" AS "_spell_start"
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
          "t11"."_acc"
        FROM "t9" AS "t11"
        SEMI JOIN (
          SELECT
            *
          FROM "t12" AS "t13"
          WHERE
            "t13"."_rows" = 1
        ) AS "t18"
          ON "t11"."person_id" = "t18"."person_id"
      ) AS "t22"
    ) AS "t26"
    UNION ALL
    SELECT
      *
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
        CAST(NULL AS DATE) AS "_spell_start"
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
          "t11"."_acc"
        FROM "t9" AS "t11"
        SEMI JOIN (
          SELECT
            *
          FROM "t12" AS "t13"
          WHERE
            "t13"."_rows" > 1 AND "t13"."_one_benefit" AND "t13"."_all_acc"
        ) AS "t19"
          ON "t11"."person_id" = "t19"."person_id"
      ) AS "t23"
    ) AS "t27"
  ) AS "t28"
  UNION ALL
  SELECT
    *
  FROM (
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
          "t31"."_new",
          MAX(CASE WHEN "t31"."_new" = 1 THEN "t31"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t31"."person_id"
            ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t25"."person_id",
            "t25"."benefit",
            "t25"."start_date",
            "t25"."target_group",
            "t25"."early_followup_request_date",
            "t25"."education_order",
            "t25"."_rid",
            "t25"."_end",
            "t25"."_acc",
            CASE
              WHEN (
                MAX("t25"."_end") OVER (
                  PARTITION BY "t25"."person_id"
                  ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t25"."start_date" > CAST(CAST(MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t25"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t25"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t25"."_end") OVER (
                          PARTITION BY "t25"."person_id"
                          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t25"."_end") OVER (
                          PARTITION BY "t25"."person_id"
                          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t25"."_end") OVER (
                            PARTITION BY "t25"."person_id"
                            ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t25"."target_group") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t25"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t25"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              "t11"."_acc"
            FROM "t9" AS "t11"
            SEMI JOIN (
              SELECT
                *
              FROM "t12" AS "t13"
              WHERE
                "t13"."_rows" > 1 AND "t13"."_one_benefit" AND NOT (
                  "t13"."_all_acc"
                )
            ) AS "t21"
              ON "t11"."person_id" = "t21"."person_id"
          ) AS "t25"
        ) AS "t31"
      ) AS "t32"
    ) AS "t33"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t35"."person_id",
        "t35"."benefit",
        "t35"."start_date",
        "t35"."target_group",
        "t35"."early_followup_request_date",
        "t35"."education_order",
        "t35"."_rid",
        "t35"."_end",
        "t35"."_acc",
        "t35"."_spell_start"
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
          "t34"."_switch",
          "t34"."_run",
          "t34"."_new",
          MAX(CASE WHEN "t34"."_new" = 1 THEN "t34"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t34"."person_id"
            ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
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
            "t30"."_switch",
            "t30"."_run",
            CASE
              WHEN (
                "t30"."_switch" = 1
              )
              OR (
                (
                  MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t30"."start_date" > CAST(CAST(MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t30"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t30"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t30"."_end") OVER (
                          PARTITION BY "t30"."person_id", "t30"."_run"
                          ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t30"."_end") OVER (
                          PARTITION BY "t30"."person_id", "t30"."_run"
                          ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t30"."_end") OVER (
                            PARTITION BY "t30"."person_id", "t30"."_run"
                            ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t30"."target_group") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t30"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t30"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              SUM("t29"."_switch") OVER (
                PARTITION BY "t29"."person_id"
                ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
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
                  WHEN LAG("t24"."benefit") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t24"."benefit") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t24"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
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
                  "t11"."_acc"
                FROM "t9" AS "t11"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t12" AS "t13"
                  WHERE
                    "t13"."_rows" > 1 AND NOT (
                      "t13"."_one_benefit"
                    )
                ) AS "t20"
                  ON "t11"."person_id" = "t20"."person_id"
              ) AS "t24"
            ) AS "t29"
          ) AS "t30"
        ) AS "t34"
      ) AS "t35"
    ) AS "t36"
  ) AS "t37"
), "t40" AS (
  SELECT
    *
  FROM "t38" AS "t39"
  WHERE
    "t39"."_acc"
), "t44" AS (
  SELECT
    "t42"."person_id",
    "t42"."benefit",
    MIN("t42"."start_date") AS "c1"
  FROM "t40" AS "t42"
  GROUP BY
    1,
    2
), "t53" AS (
  SELECT
    "t52"."person_id",
    "t52"."benefit",
    "t52"."c1",
    "t52"."c2"
  FROM (
    SELECT
      "t46"."person_id",
      "t46"."benefit",
      "t46"."c1",
      "t51"."person_id" AS "person_id_right",
      "t51"."benefit" AS "benefit_right",
      "t51"."c2"
    FROM "t44" AS "t46"
    LEFT OUTER JOIN (
      SELECT
        "t49"."person_id",
        "t49"."benefit",
        MIN("t49"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t43"."person_id",
            "t43"."benefit",
            "t43"."start_date",
            "t43"."target_group",
            "t43"."early_followup_request_date",
            "t43"."education_order",
            "t43"."_rid",
            "t43"."_end",
            "t43"."_acc",
            "t43"."_spell_start",
            "t47"."c1"
          FROM "t40" AS "t43"
          INNER JOIN "t44" AS "t47"
            ON "t43"."person_id" = "t47"."person_id" AND "t43"."benefit" = "t47"."benefit"
        ) AS "t48"
        WHERE
          "t48"."start_date" >= CAST(CAST("t48"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t48"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t49"
      GROUP BY
        1,
        2
    ) AS "t51"
      ON "t46"."person_id" = "t51"."person_id" AND "t46"."benefit" = "t51"."benefit"
  ) AS "t52"
), "t62" AS (
  SELECT
    "t61"."person_id",
    "t61"."benefit",
    "t61"."c1",
    "t61"."c2",
    "t61"."c3"
  FROM (
    SELECT
      "t55"."person_id",
      "t55"."benefit",
      "t55"."c1",
      "t55"."c2",
      "t60"."person_id" AS "person_id_right",
      "t60"."benefit" AS "benefit_right",
      "t60"."c3"
    FROM "t53" AS "t55"
    LEFT OUTER JOIN (
      SELECT
        "t58"."person_id",
        "t58"."benefit",
        MIN("t58"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t43"."person_id",
            "t43"."benefit",
            "t43"."start_date",
            "t43"."target_group",
            "t43"."early_followup_request_date",
            "t43"."education_order",
            "t43"."_rid",
            "t43"."_end",
            "t43"."_acc",
            "t43"."_spell_start",
            "t56"."c1",
            "t56"."c2"
          FROM "t40" AS "t43"
          INNER JOIN "t53" AS "t56"
            ON "t43"."person_id" = "t56"."person_id" AND "t43"."benefit" = "t56"."benefit"
        ) AS "t57"
        WHERE
          "t57"."start_date" >= CAST(CAST("t57"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t57"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t58"
      GROUP BY
        1,
        2
    ) AS "t60"
      ON "t55"."person_id" = "t60"."person_id" AND "t55"."benefit" = "t60"."benefit"
  ) AS "t61"
), "t87" AS (
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
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t86"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t86"."first_contact_date", "t86"."start_date")
      ELSE "t86"."start_date"
    END AS "window_start"
  FROM (
    SELECT
      "t85"."person_id",
      "t85"."benefit",
      "t85"."_key" AS "start_date",
      CASE
        WHEN "t85"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t85"."_end"
      END AS "end_date",
      "t5"."first_contact_date",
      "t5"."target_group",
      "t5"."first_absence_date",
      "t5"."sickness_category",
      "t5"."employed",
      "t5"."handover_date",
      "t5"."expected_absence_weeks",
      "t5"."work_obligation",
      "t5"."municipality",
      "t85"."early_followup_request_date",
      "t85"."education_order",
      "t85"."periods"
    FROM (
      SELECT
        "t83"."person_id",
        "t83"."benefit",
        "t83"."_key",
        MAX("t83"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t83"."_rid" ORDER BY "t83"."start_date") AS "_first",
        MIN("t83"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t83"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t39"."person_id",
            "t39"."benefit",
            "t39"."start_date",
            "t39"."_end",
            "t39"."_spell_start" AS "_key",
            "t39"."_acc",
            "t39"."_rid",
            "t39"."early_followup_request_date",
            "t39"."education_order"
          FROM "t38" AS "t39"
          WHERE
            NOT (
              "t39"."_acc"
            )
        ) AS "t41"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t81"."person_id",
            "t81"."benefit",
            "t81"."start_date",
            "t81"."_end",
            GREATEST(
              CASE
                WHEN "t81"."c1" <= "t81"."start_date"
                THEN "t81"."c1"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c2" <= "t81"."start_date"
                THEN "t81"."c2"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c3" <= "t81"."start_date"
                THEN "t81"."c3"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c4" <= "t81"."start_date"
                THEN "t81"."c4"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c5" <= "t81"."start_date"
                THEN "t81"."c5"
                ELSE CAST(NULL AS DATE)
              END
            ) AS "_key",
            "t81"."_acc",
            "t81"."_rid",
            "t81"."early_followup_request_date",
            "t81"."education_order"
          FROM (
            SELECT
              "t43"."person_id",
              "t43"."benefit",
              "t43"."start_date",
              "t43"."target_group",
              "t43"."early_followup_request_date",
              "t43"."education_order",
              "t43"."_rid",
              "t43"."_end",
              "t43"."_acc",
              "t43"."_spell_start",
              "t80"."c1",
              "t80"."c2",
              "t80"."c3",
              "t80"."c4",
              "t80"."c5"
            FROM "t40" AS "t43"
            INNER JOIN (
              SELECT
                "t78".*
                EXCLUDE ("benefit_right", "person_id_right")
              FROM (
                SELECT
                  "t72"."person_id",
                  "t72"."benefit",
                  "t72"."c1",
                  "t72"."c2",
                  "t72"."c3",
                  "t72"."c4",
                  "t77"."person_id" AS "person_id_right",
                  "t77"."benefit" AS "benefit_right",
                  "t77"."c5"
                FROM (
                  SELECT
                    "t70".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t64"."person_id",
                      "t64"."benefit",
                      "t64"."c1",
                      "t64"."c2",
                      "t64"."c3",
                      "t69"."person_id" AS "person_id_right",
                      "t69"."benefit" AS "benefit_right",
                      "t69"."c4"
                    FROM "t62" AS "t64"
                    LEFT OUTER JOIN (
                      SELECT
                        "t67"."person_id",
                        "t67"."benefit",
                        MIN("t67"."start_date") AS "c4"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t43"."person_id",
                            "t43"."benefit",
                            "t43"."start_date",
                            "t43"."target_group",
                            "t43"."early_followup_request_date",
                            "t43"."education_order",
                            "t43"."_rid",
                            "t43"."_end",
                            "t43"."_acc",
                            "t43"."_spell_start",
                            "t65"."c1",
                            "t65"."c2",
                            "t65"."c3"
                          FROM "t40" AS "t43"
                          INNER JOIN "t62" AS "t65"
                            ON "t43"."person_id" = "t65"."person_id" AND "t43"."benefit" = "t65"."benefit"
                        ) AS "t66"
                        WHERE
                          "t66"."start_date" >= CAST(CAST("t66"."c3" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t66"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t67"
                      GROUP BY
                        1,
                        2
                    ) AS "t69"
                      ON "t64"."person_id" = "t69"."person_id" AND "t64"."benefit" = "t69"."benefit"
                  ) AS "t70"
                ) AS "t72"
                LEFT OUTER JOIN (
                  SELECT
                    "t75"."person_id",
                    "t75"."benefit",
                    MIN("t75"."start_date") AS "c5"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t43"."person_id",
                        "t43"."benefit",
                        "t43"."start_date",
                        "t43"."target_group",
                        "t43"."early_followup_request_date",
                        "t43"."education_order",
                        "t43"."_rid",
                        "t43"."_end",
                        "t43"."_acc",
                        "t43"."_spell_start",
                        "t73"."c1",
                        "t73"."c2",
                        "t73"."c3",
                        "t73"."c4"
                      FROM "t40" AS "t43"
                      INNER JOIN (
                        SELECT
                          "t70".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t64"."person_id",
                            "t64"."benefit",
                            "t64"."c1",
                            "t64"."c2",
                            "t64"."c3",
                            "t69"."person_id" AS "person_id_right",
                            "t69"."benefit" AS "benefit_right",
                            "t69"."c4"
                          FROM "t62" AS "t64"
                          LEFT OUTER JOIN (
                            SELECT
                              "t67"."person_id",
                              "t67"."benefit",
                              MIN("t67"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t43"."person_id",
                                  "t43"."benefit",
                                  "t43"."start_date",
                                  "t43"."target_group",
                                  "t43"."early_followup_request_date",
                                  "t43"."education_order",
                                  "t43"."_rid",
                                  "t43"."_end",
                                  "t43"."_acc",
                                  "t43"."_spell_start",
                                  "t65"."c1",
                                  "t65"."c2",
                                  "t65"."c3"
                                FROM "t40" AS "t43"
                                INNER JOIN "t62" AS "t65"
                                  ON "t43"."person_id" = "t65"."person_id" AND "t43"."benefit" = "t65"."benefit"
                              ) AS "t66"
                              WHERE
                                "t66"."start_date" >= CAST(CAST("t66"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t66"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t67"
                            GROUP BY
                              1,
                              2
                          ) AS "t69"
                            ON "t64"."person_id" = "t69"."person_id" AND "t64"."benefit" = "t69"."benefit"
                        ) AS "t70"
                      ) AS "t73"
                        ON "t43"."person_id" = "t73"."person_id" AND "t43"."benefit" = "t73"."benefit"
                    ) AS "t74"
                    WHERE
                      "t74"."start_date" >= CAST(CAST("t74"."c4" + TO_MONTHS(
                        COALESCE(
                          CASE WHEN "t74"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                  ) AS "t75"
                  GROUP BY
                    1,
                    2
                ) AS "t77"
                  ON "t72"."person_id" = "t77"."person_id" AND "t72"."benefit" = "t77"."benefit"
              ) AS "t78"
            ) AS "t80"
              ON "t43"."person_id" = "t80"."person_id" AND "t43"."benefit" = "t80"."benefit"
          ) AS "t81"
        ) AS "t82"
      ) AS "t83"
      GROUP BY
        1,
        2,
        3
    ) AS "t85"
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
    ) AS "t5"
      ON "t85"."_first" = "t5"."_frid"
  ) AS "t86"
  WHERE
    "t86"."benefit" IN (
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
), "t97" AS (
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
    "t93"."needs_goal",
    "t93"."needs_education",
    "t93"."in_force",
    "t96"."due_date",
    "t96"."offer_kind"
  FROM (
    SELECT
      "t88"."person_id",
      "t88"."benefit",
      "t88"."start_date",
      "t88"."end_date",
      "t88"."first_contact_date",
      "t88"."target_group",
      "t88"."first_absence_date",
      "t88"."sickness_category",
      "t88"."employed",
      "t88"."handover_date",
      "t88"."expected_absence_weeks",
      "t88"."work_obligation",
      "t88"."municipality",
      "t88"."early_followup_request_date",
      "t88"."education_order",
      "t88"."periods",
      "t88"."window_start",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t88"."benefit"
        )
        OR ARRAY_CONTAINS(
          CASE
            WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          CASE WHEN "t88"."benefit" IS NULL THEN NULL ELSE CONCAT("t88"."benefit", ':') END || COALESCE("t88"."target_group", '')
        ),
        FALSE
      )
      OR (
        COALESCE("t88"."education_order", FALSE)
        AND COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN ['dagpenge']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t88"."benefit"
          ),
          FALSE
        )
      ) AS "needs_goal",
      COALESCE("t88"."education_order", FALSE)
      AND COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['dagpenge']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t88"."benefit"
        ),
        FALSE
      ) AS "needs_education",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
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
          "t88"."benefit"
        ),
        FALSE
      ) AS "in_force"
    FROM "t87" AS "t88"
  ) AS "t93"
  INNER JOIN (
    SELECT
      "t94"."person_id",
      "t94"."benefit",
      "t94"."start_date",
      MIN("t94"."_start") AS "due_date",
      FIRST("t94"."_kind" ORDER BY "t94"."_start") AS "offer_kind"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t90"."person_id",
          "t90"."benefit",
          "t90"."start_date",
          "t90"."_ws",
          "t90"."_last",
          "t8"."_pid",
          "t8"."_kind",
          "t8"."_start"
        FROM (
          SELECT
            "t88"."person_id",
            "t88"."benefit",
            "t88"."start_date",
            "t88"."window_start" AS "_ws",
            COALESCE("t88"."end_date", CAST($as_of AS DATE)) AS "_last"
          FROM "t87" AS "t88"
        ) AS "t90"
        INNER JOIN (
          SELECT
            "t2"."person_id" AS "_pid",
            "t2"."kind" AS "_kind",
            "t2"."start_date" AS "_start"
          FROM "offers" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t8"
          ON "t90"."person_id" = "t8"."_pid"
          AND "t8"."_start" >= "t90"."_ws"
          AND "t8"."_start" <= "t90"."_last"
      ) AS "t91"
      WHERE
        ARRAY_CONTAINS(
          COALESCE(
            CASE
              WHEN "t91"."_ws" >= MAKE_DATE(2020, 1, 1)
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
          "t91"."_kind"
        )
    ) AS "t94"
    GROUP BY
      1,
      2,
      3
  ) AS "t96"
    ON "t93"."person_id" = "t96"."person_id"
    AND "t93"."benefit" = "t96"."benefit"
    AND "t93"."start_date" = "t96"."start_date"
)
SELECT
  "t108"."person_id",
  "t108"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t108"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t108"."window_start",
  CASE
    WHEN COALESCE("t108"."in_force", FALSE)
    THEN "t108"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t108"."in_force", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t108"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t108"."fulfilled_date" <= "t108"."due_date"
    )
    THEN 'met'
    WHEN "t108"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE(FALSE, FALSE)
    THEN 'exempt'
    WHEN "t108"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t108"."in_force", FALSE)
    THEN "t108"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t108"."in_force", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t108"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t108"."fulfilled_date" > "t108"."due_date"
    )
    THEN DATE_DIFF('DAY', "t108"."due_date", "t108"."fulfilled_date")
    WHEN NOT (
      "t108"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE(FALSE, FALSE)
    )
    AND (
      "t108"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t108"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t108"."in_force", FALSE)
              THEN "t108"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t108"."window_start"
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
              WHEN COALESCE("t108"."in_force", FALSE)
              THEN "t108"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t108"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'plan_before_offer'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE(
    CASE
      WHEN "t108"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE
        WHEN "t108"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t108"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END || CASE
        WHEN CAST("t108"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(' ', CAST("t108"."fulfilled_date" AS TEXT))
      END
      ELSE 'ingen Min Plan' || CASE
        WHEN "t108"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t108"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END
    END || CASE
      WHEN "t108"."offer_kind" IS NULL OR CAST("t108"."due_date" AS TEXT) IS NULL
      THEN NULL
      ELSE CONCAT('; første tilbud ', "t108"."offer_kind", ' ', CAST("t108"."due_date" AS TEXT))
    END,
    ''
  ) AS "evidence"
FROM (
  SELECT
    "t107".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
  FROM (
    SELECT
      "t103"."person_id",
      "t103"."benefit",
      "t103"."start_date",
      "t103"."end_date",
      "t103"."first_contact_date",
      "t103"."target_group",
      "t103"."first_absence_date",
      "t103"."sickness_category",
      "t103"."employed",
      "t103"."handover_date",
      "t103"."expected_absence_weeks",
      "t103"."work_obligation",
      "t103"."municipality",
      "t103"."early_followup_request_date",
      "t103"."education_order",
      "t103"."periods",
      "t103"."window_start",
      "t103"."needs_goal",
      "t103"."needs_education",
      "t103"."in_force",
      "t103"."due_date",
      "t103"."offer_kind",
      "t106"."person_id" AS "person_id_right",
      "t106"."benefit" AS "benefit_right",
      "t106"."start_date" AS "start_date_right",
      "t106"."fulfilled_date"
    FROM (
      SELECT
        "t98"."person_id",
        "t98"."benefit",
        "t98"."start_date",
        "t98"."end_date",
        "t98"."first_contact_date",
        "t98"."target_group",
        "t98"."first_absence_date",
        "t98"."sickness_category",
        "t98"."employed",
        "t98"."handover_date",
        "t98"."expected_absence_weeks",
        "t98"."work_obligation",
        "t98"."municipality",
        "t98"."early_followup_request_date",
        "t98"."education_order",
        "t98"."periods",
        "t98"."window_start",
        "t98"."needs_goal",
        "t98"."needs_education",
        "t98"."in_force"
        AND NOT (
          (
            "t98"."benefit" = 'sygedagpenge'
          )
          AND COALESCE("t98"."employed", FALSE)
          AND COALESCE(
            CASE
              WHEN "t98"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN TRUE
              WHEN "t98"."due_date" >= MAKE_DATE(2020, 1, 1)
              THEN FALSE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
        ) AS "in_force",
        "t98"."due_date",
        "t98"."offer_kind"
      FROM "t97" AS "t98"
    ) AS "t103"
    LEFT OUTER JOIN (
      SELECT
        "t104"."person_id",
        "t104"."benefit",
        "t104"."start_date",
        MIN("t104"."_date") AS "fulfilled_date"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t100"."person_id",
            "t100"."benefit",
            "t100"."start_date",
            "t100"."_ws",
            "t100"."_goal",
            "t100"."_need_edu",
            "t7"."_pid",
            "t7"."_date",
            "t7"."_job",
            "t7"."_edu"
          FROM (
            SELECT
              "t98"."person_id",
              "t98"."benefit",
              "t98"."start_date",
              "t98"."window_start" AS "_ws",
              "t98"."needs_goal" AS "_goal",
              "t98"."needs_education" AS "_need_edu"
            FROM "t97" AS "t98"
          ) AS "t100"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_date",
              "t0"."has_job_goal" AS "_job",
              "t0"."has_education_goal" AS "_edu"
            FROM "plans" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t7"
            ON "t100"."person_id" = "t7"."_pid" AND "t7"."_date" >= "t100"."_ws"
        ) AS "t101"
        WHERE
          (
            NOT (
              "t101"."_goal"
            ) OR COALESCE("t101"."_job", FALSE)
          )
          AND (
            NOT (
              "t101"."_need_edu"
            ) OR COALESCE("t101"."_edu", FALSE)
          )
      ) AS "t104"
      GROUP BY
        1,
        2,
        3
    ) AS "t106"
      ON "t103"."person_id" = "t106"."person_id"
      AND "t103"."benefit" = "t106"."benefit"
      AND "t103"."start_date" = "t106"."start_date"
  ) AS "t107"
) AS "t108"
